import { Permission } from "@/server/auth/permissions";
import { currentUser, requireAny } from "../../../_components/current-user";
import { ProfileForm } from "../profile-form";

export default async function EditProfilePage({ params }: { params: Promise<{ id: string }> }) {
  requireAny(await currentUser(), [Permission.PROFILES_MANAGE]);
  const { id } = await params;
  return <ProfileForm id={id} />;
}

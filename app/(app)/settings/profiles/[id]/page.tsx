import { Permission } from "@/server/auth/permissions";
import { currentUser, hasAny } from "../../../_components/current-user";
import { Forbidden } from "../../../_components/forbidden";
import { ProfileForm } from "../profile-form";

export default async function EditProfilePage({ params }: { params: Promise<{ id: string }> }) {
  if (!hasAny(await currentUser(), [Permission.PROFILES_MANAGE])) return <Forbidden />;
  const { id } = await params;
  return <ProfileForm id={id} />;
}

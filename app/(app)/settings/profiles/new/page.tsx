import { Permission } from "@/server/auth/permissions";
import { currentUser, hasAny } from "../../../_components/current-user";
import { Forbidden } from "../../../_components/forbidden";
import { ProfileForm } from "../profile-form";

export default async function NewProfilePage() {
  if (!hasAny(await currentUser(), [Permission.PROFILES_MANAGE])) return <Forbidden />;
  return <ProfileForm />;
}

import "server-only";
import { router } from "@/server/api/trpc";
import { count } from "./count";
import { create } from "./create";
import { list } from "./list";
import { previewBulkCommunication } from "./preview-bulk-communication";
import { profileOptions } from "./profile-options";
import { resetPassword } from "./reset-password";
import { setActive } from "./set-active";
import { setCommunication } from "./set-communication";
import { setCommunicationInBulk } from "./set-communication-in-bulk";
import { setProfile } from "./set-profile";

export const usersRouter = router({
  list,
  count,
  profileOptions,
  create,
  setCommunication,
  previewBulkCommunication,
  setCommunicationInBulk,
  setProfile,
  setActive,
  resetPassword,
});

import { Permission } from "@/server/auth/permissions";
import { currentUser, requireAny } from "../../../_components/current-user";
import { QueueForm } from "../queue-form";

export default async function NewQueuePage() {
  requireAny(await currentUser(), [Permission.QUEUES_MANAGE]);
  return <QueueForm />;
}

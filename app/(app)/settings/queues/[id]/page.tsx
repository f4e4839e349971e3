import { Permission } from "@/server/auth/permissions";
import { currentUser, requireAny } from "../../../_components/current-user";
import { QueueForm } from "../queue-form";

export default async function EditQueuePage({ params }: { params: Promise<{ id: string }> }) {
  requireAny(await currentUser(), [Permission.QUEUES_MANAGE]);
  const { id } = await params;
  return <QueueForm id={id} />;
}

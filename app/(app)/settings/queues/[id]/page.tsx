import { Permission } from "@/server/auth/permissions";
import { currentUser, hasAny } from "../../../_components/current-user";
import { Forbidden } from "../../../_components/forbidden";
import { QueueForm } from "../queue-form";

export default async function EditQueuePage({ params }: { params: Promise<{ id: string }> }) {
  if (!hasAny(await currentUser(), [Permission.QUEUES_MANAGE])) return <Forbidden />;
  const { id } = await params;
  return <QueueForm id={id} />;
}

import { TRPCError } from "@trpc/server";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { serverApi } from "@/app/_trpc/server";
import { AppError } from "@/server/errors";
import { ConversationView } from "../_components/chat/conversation-view";
import { MESSAGE_PAGE_SIZE } from "../_lib/page-sizes";

// The chat opens with its header and latest messages on the first paint, then goes live.
export default async function ConversationPage({ params }: { params: Promise<{ conversationId: string }> }) {
  const { conversationId } = await params;
  const api = await serverApi();
  const loaded = await Promise.all([
    api.inbox.conversation({ conversationId }),
    api.inbox.messages({ conversationId, limit: MESSAGE_PAGE_SIZE }),
    api.inbox.events({ conversationId }),
  ]).catch((error: unknown) => {
    const cause = error instanceof TRPCError ? error.cause : null;
    if (cause instanceof AppError && (cause.code === "NOT_FOUND" || cause.code === "FORBIDDEN")) return cause;
    throw error;
  });
  if (loaded instanceof AppError) {
    const t = await getTranslations();
    return (
      <div role="alert" data-testid="conversation-unavailable" className="flex h-full flex-col items-center justify-center gap-3 p-8 text-center">
        <p className="font-medium">{t(`errors.${loaded.key}`)}</p>
        <Link href="/inbox" className="text-sm font-medium text-brand underline">
          {t("inbox.backToList")}
        </Link>
      </div>
    );
  }
  const [conversation, messages, events] = loaded;
  return <ConversationView key={conversationId} initialConversation={conversation} initialMessages={messages} initialEvents={events} />;
}

import { getTranslations } from "next-intl/server";

// Desktop: the chat pane before a conversation is chosen. Mobile shows only the list here.
export default async function InboxIndexPage() {
  const t = await getTranslations("inbox");
  return (
    <div className="flex h-full flex-col items-center justify-center gap-2 p-8 text-center">
      <p className="font-medium">{t("chooseConversation")}</p>
      <p className="max-w-sm text-sm text-ink-muted">{t("chooseConversationHint")}</p>
    </div>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/app/_components/ui/button";
import { useToast } from "@/app/_components/ui/toast";

// Copies what `read` returns (fetched on click, so a secret never sits in the page).
export function CopyButton({ label, read }: { label: string; read: () => Promise<string> | string }) {
  const t = useTranslations("common");
  const tc = useTranslations("channels");
  const toast = useToast();
  const [copied, setCopied] = useState(false);
  const [busy, setBusy] = useState(false);
  async function copy() {
    setBusy(true);
    try {
      await navigator.clipboard.writeText(await read());
      setCopied(true);
      toast({ title: `${label}: ${t("copied").toLowerCase()}`, tone: "success" });
      setTimeout(() => setCopied(false), 2000);
    } catch {
      toast({ title: tc("copyFailed"), tone: "error" });
    } finally {
      setBusy(false);
    }
  }
  return (
    <Button type="button" variant="secondary" size="sm" onClick={copy} disabled={busy} aria-label={`${t("copy")} ${label}`}>
      {copied ? `✓ ${t("copied")}` : t("copy")}
    </Button>
  );
}

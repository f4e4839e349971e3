"use client";

import { useTranslations } from "next-intl";
import { Fragment } from "react";
import { isKnownVariable, VARIABLE_PATTERN } from "@/server/services/standard-messages/variables";

// Shows {{nome_cliente}} as a labelled chip, so a manager reads "Nome do cliente", not braces.
export function BodyWithVariables({ body }: { body: string }) {
  const t = useTranslations("standardMessages.variables");
  const parts: React.ReactNode[] = [];
  let last = 0;
  for (const match of body.matchAll(VARIABLE_PATTERN)) {
    const name = match[1] ?? "";
    parts.push(body.slice(last, match.index));
    parts.push(
      isKnownVariable(name) ? (
        <span key={match.index} className="rounded bg-brand-soft px-1 text-brand" title={match[0]}>
          {t(name)}
        </span>
      ) : (
        match[0]
      ),
    );
    last = match.index + match[0].length;
  }
  parts.push(body.slice(last));
  return (
    <>
      {parts.map((part, i) => (
        <Fragment key={i}>{part}</Fragment>
      ))}
    </>
  );
}

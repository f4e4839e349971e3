import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { ServerClockProvider } from "@/app/_clock/server-clock";
import { requestTime } from "@/app/_clock/server-time";
import { ToastProvider } from "@/app/_components/ui/toast";
import { TrpcProvider } from "@/app/_trpc/client";
import "./globals.css";

export const metadata: Metadata = { title: "Comunicador", description: "WhatsApp oficial dentro do CRM imobiliário" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body>
        <NextIntlClientProvider>
          <ServerClockProvider serverNow={requestTime()}>
            <TrpcProvider>
              <ToastProvider>{children}</ToastProvider>
            </TrpcProvider>
          </ServerClockProvider>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}

import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale } from "next-intl/server";
import type { ReactNode } from "react";
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
          <TrpcProvider>
            <ToastProvider>{children}</ToastProvider>
          </TrpcProvider>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}

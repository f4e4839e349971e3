"use client";

import { Toast as ToastPrimitive } from "radix-ui";
import { createContext, useCallback, useContext, useState, type ReactNode } from "react";
import { cn } from "./cn";

// `key` names what a toast is about: a second toast with a key already on screen is not shown
// (a template decision heard both by the settings screen and as a notification).
type Toast = { id: number; title: string; description?: string; tone: "info" | "success" | "error"; key?: string };
type ShowToast = (toast: Omit<Toast, "id" | "tone"> & { tone?: Toast["tone"] }) => void;

const ToastContext = createContext<ShowToast>(() => undefined);
export const useToast = () => useContext(ToastContext);

export const templateDecisionToastKey = (templateId: string, status: string | null) => `template-decided:${templateId}:${status ?? ""}`;

let nextId = 1;

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const show = useCallback<ShowToast>(
    (toast) => setToasts((all) => (toast.key && all.some((shown) => shown.key === toast.key) ? all : [...all, { tone: "info", ...toast, id: nextId++ }])),
    [],
  );
  // Radix's provider wraps only the toasts, not the page: its context changes when the viewport
  // mounts (and with every toast), and a context change during page load reaches the page's
  // Suspense boundary before its streamed HTML is revealed, so React renders that boundary again
  // on the client and the page briefly holds two copies of its content.
  return (
    <ToastContext.Provider value={show}>
      {children}
      <ToastPrimitive.Provider swipeDirection="right" duration={5000}>
        {toasts.map((toast) => (
          <ToastPrimitive.Root
            key={toast.id}
            onOpenChange={(open) => !open && setToasts((all) => all.filter((t) => t.id !== toast.id))}
            className={cn(
              "rounded-card border bg-surface p-4 shadow-lg",
              toast.tone === "error" ? "border-danger" : toast.tone === "success" ? "border-success" : "border-line",
            )}
          >
            <ToastPrimitive.Title className="text-sm font-semibold">{toast.title}</ToastPrimitive.Title>
            {toast.description ? <ToastPrimitive.Description className="mt-1 text-sm text-ink-muted">{toast.description}</ToastPrimitive.Description> : null}
          </ToastPrimitive.Root>
        ))}
        <ToastPrimitive.Viewport className="fixed right-4 bottom-4 z-50 flex w-80 flex-col gap-2" />
      </ToastPrimitive.Provider>
    </ToastContext.Provider>
  );
}

import type { Config } from "tailwindcss";

// Theme tokens; loaded from app/globals.css with `@config`.
export default {
  content: ["./app/**/*.{ts,tsx}"],
  theme: {
    extend: {
      colors: {
        brand: { DEFAULT: "#0f766e", foreground: "#ffffff", soft: "#ccfbf1" },
        surface: { DEFAULT: "#ffffff", muted: "#f4f6f8", sunken: "#e9edef" },
        ink: { DEFAULT: "#111b21", muted: "#54656f", faint: "#8696a0" },
        line: "#e2e8f0",
        danger: { DEFAULT: "#b91c1c", soft: "#fee2e2" },
        warning: { DEFAULT: "#b45309", soft: "#fef3c7" },
        success: { DEFAULT: "#15803d", soft: "#dcfce7" },
        bubble: { out: "#d9fdd3", in: "#ffffff" },
        tick: { read: "#0284c7" },
      },
      borderRadius: { card: "0.75rem" },
      fontFamily: { sans: ["system-ui", "Segoe UI", "Roboto", "Helvetica", "Arial", "sans-serif"] },
    },
  },
} satisfies Config;

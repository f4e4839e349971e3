import "server-only";
/**
 * A file's name as the person gave it ("Tabela de preços 2º andar.pdf"), rid only of what is unsafe
 * to store or send: any path before it, control characters and double quotes. Accents, spaces and
 * every other letter stay, because the lead sees this name on WhatsApp.
 */
export function safeFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? "";
  const cleaned = base.replace(/[\u0000-\u001f\u007f"]/g, "").trim().slice(-200);
  return cleaned || "arquivo";
}

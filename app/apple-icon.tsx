import { appIcon } from "./_brand/app-icon";

export const size = { width: 180, height: 180 };
export const contentType = "image/png";

// iOS's "Adicionar à Tela de Início".
export default function AppleIcon() {
  return appIcon(size.width);
}

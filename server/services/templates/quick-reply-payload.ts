import "server-only";
// The payload sent with each quick reply and handed back by Meta in the `button` webhook when the
// lead taps it: says which button it was even if two templates share a button's text.
export const OPT_OUT_PAYLOAD = "OPT_OUT";

export const quickReplyPayload = (button: { optOut: boolean }, index: number) => (button.optOut ? OPT_OUT_PAYLOAD : `QUICK_REPLY_${index}`);

export const STANDARD_MESSAGE_TITLE_MAX = 80;
// WhatsApp's limit for a text message body.
export const STANDARD_MESSAGE_BODY_MAX = 4096;

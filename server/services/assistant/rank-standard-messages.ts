import "server-only";
import { round } from "./overlap";
import { readQuestion, type QuestionReading } from "./read-question";
import type { AssistantKnowledge, Intent, RetrievedStandardMessage } from "./retrieval-types";

const MAX_STANDARD_MESSAGES = 3;

/** The broker's standard messages on the question's subjects; a bare greeting gets the greeting ones. */
export function rankStandardMessages(knowledge: AssistantKnowledge, weights: Map<Intent, number>, reading: QuestionReading): RetrievedStandardMessage[] {
  if (reading.intents.some((i) => i.intent === "rude")) return [];
  const onlyGreeting = weights.size === 0 && reading.intents.some((i) => i.intent === "greeting");
  const scored = knowledge.standardMessages.flatMap((message) => {
    // A message is about its strongest subject: "quanto pretende dar de entrada" is financing, not price.
    const own = readQuestion(`${message.title}\n${message.body}`).intents;
    const subject = own.find((i) => i.intent !== "greeting")?.intent;
    let score = subject ? (weights.get(subject) ?? 0) : 0;
    if (onlyGreeting && own.some((i) => i.intent === "greeting")) score += 1;
    return score >= 0.5 ? [{ message, score }] : [];
  });
  scored.sort((a, b) => b.score - a.score);
  return scored.slice(0, MAX_STANDARD_MESSAGES).map(({ message, score }) => ({ ...message, score: round(score) }));
}


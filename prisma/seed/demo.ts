import type { PrismaClient } from "../../generated/prisma/client";
import { ChannelMode, MessageDirection, TemplateStatus } from "../../generated/prisma/enums";
import { seedChannel, seedTemplate } from "./channels";
import { seedDevelopment, seedTag } from "./catalog";
import { DEMO_PERSONAL_STANDARD_MESSAGE, DEMO_STANDARD_MESSAGES, JARDINS, MARINA } from "./demo-knowledge";
import { seedConversation, seedLead } from "./leads";
import { seedProfile } from "./profiles";
import { seedQueue, seedStandardMessage } from "./queues";
import { seedUser } from "./users";

export const DEMO_LOGINS = [
  { role: "Administrador", email: "admin@comunicador.dev" },
  { role: "Gestor", email: "gestor@comunicador.dev" },
  { role: "Corretora", email: "ana@comunicador.dev" },
  { role: "Corretor", email: "bruno@comunicador.dev" },
] as const;

export const DEMO_CHANNELS = {
  active: { phoneNumberId: "109876543210001", wabaId: "209876543210001", displayPhoneNumber: "+55 11 4000-1001" },
  receptive: { phoneNumberId: "109876543210002", wabaId: "209876543210001", displayPhoneNumber: "+55 11 4000-1002" },
} as const;

export async function seedDemo(db: PrismaClient) {
  await Promise.all([seedProfile(db, "admin"), seedProfile(db, "manager"), seedProfile(db, "broker")]);
  const admin = await seedUser(db, { profile: "admin", name: "Administradora Demo", email: DEMO_LOGINS[0].email });
  const manager = await seedUser(db, { profile: "manager", name: "Gustavo Gestor", email: DEMO_LOGINS[1].email });
  const ana = await seedUser(db, { profile: "broker", name: "Ana Corretora", email: DEMO_LOGINS[2].email });
  const bruno = await seedUser(db, { profile: "broker", name: "Bruno Corretor", email: DEMO_LOGINS[3].email });

  const jardins = await seedDevelopment(db, JARDINS);
  const marina = await seedDevelopment(db, MARINA);
  const hot = await seedTag(db, "lead-quente");
  const launch = await seedTag(db, "lancamento-jardins");

  const active = await seedChannel(db, {
    name: "Vendas — Jardins",
    mode: ChannelMode.ACTIVE,
    ...DEMO_CHANNELS.active,
    developmentIds: [jardins.id],
    tagIds: [launch.id],
    mediaAssetIds: jardins.media.map((m) => m.id),
  });
  const receptive = await seedChannel(db, {
    name: "Atendimento — Marina",
    mode: ChannelMode.RECEPTIVE,
    ...DEMO_CHANNELS.receptive,
    developmentIds: [marina.id],
  });

  await seedQueue(db, { name: "Comunicador — Chat Online", memberIds: [ana.id, bruno.id], developmentIds: [jardins.id, marina.id] });
  for (const message of DEMO_STANDARD_MESSAGES) await seedStandardMessage(db, message);
  await seedStandardMessage(db, { ...DEMO_PERSONAL_STANDARD_MESSAGE, ownerId: ana.id });

  await seedTemplate(db, { channelId: active.id, name: "boas_vindas_lancamento", status: TemplateStatus.APPROVED });
  await seedTemplate(db, {
    channelId: active.id,
    name: "convite_visita_decorado",
    body: "Oi {{1}}! O decorado do {{2}} está aberto neste fim de semana. Quer agendar um horário?",
    variables: [
      { index: 1, variable: "CLIENT_NAME", example: "Maria" },
      { index: 2, variable: "DEVELOPMENT_NAME", example: "Residencial Jardins" },
    ],
    status: TemplateStatus.PENDING,
  });

  const maria = await seedLead(db, { name: "Maria Souza", phone: "+5511987654321", ownerId: ana.id, developmentIds: [jardins.id], tagIds: [hot.id] });
  await seedConversation(db, {
    leadId: maria.id,
    channelId: active.id,
    assigneeId: ana.id,
    messages: [
      { direction: MessageDirection.INBOUND, body: "Oi! Vi o anúncio do Residencial Jardins. Ainda tem unidade de 2 dormitórios?", minutesAgo: 50 },
      { direction: MessageDirection.OUTBOUND, body: "Olá, Maria! Tem sim. Posso te mandar a planta e a tabela?", minutesAgo: 45, senderId: ana.id },
      { direction: MessageDirection.INBOUND, body: "Pode sim, obrigada!", minutesAgo: 40 },
    ],
  });
  const joao = await seedLead(db, { name: "João Pereira", phone: "+5513991234567", ownerId: bruno.id, developmentIds: [marina.id] });
  await seedConversation(db, {
    leadId: joao.id,
    channelId: receptive.id,
    assigneeId: bruno.id,
    messages: [{ direction: MessageDirection.INBOUND, body: "Boa tarde, qual o valor do condomínio no Marina?", minutesAgo: 26 * 60 }],
  });
  await seedLead(db, { name: "Carla Lima", phone: "+5511976543210", ownerId: ana.id, developmentIds: [jardins.id] });

  return { admin, manager, ana, bruno, channels: { active, receptive }, developments: { jardins, marina } };
}

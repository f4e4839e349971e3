import "server-only";
import { router } from "@/server/api/trpc";
import { channel } from "./channel";
import { channels } from "./channels";
import { create } from "./create";
import { duplicate } from "./duplicate";
import { get } from "./get";
import { headerMedia } from "./header-media";
import { list } from "./list";
import { remove } from "./remove";
import { submit } from "./submit";
import { update } from "./update";

export const templatesRouter = router({ channels, channel, list, get, create, update, submit, duplicate, remove, headerMedia });

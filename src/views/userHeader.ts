import type { APIEmbedAuthor } from "discord-api-types/v10";
import { truncate } from "../text/format.js";
import { robloxLinks } from "./links.js";

/** What every embed about a Roblox user shows at its top. */
export interface UserHeader {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly headshotUrl: string | undefined;
}

export function userTitle(user: UserHeader): string {
  return user.displayName === user.username ? `@${user.username}` : `${user.displayName} (@${user.username})`;
}

export function userAuthor(user: UserHeader): APIEmbedAuthor {
  const author: APIEmbedAuthor = { name: truncate(userTitle(user), 256), url: robloxLinks.profile(user.id) };
  return user.headshotUrl === undefined ? author : { ...author, icon_url: user.headshotUrl };
}

export function toUserHeader(user: UserHeader): UserHeader {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    headshotUrl: user.headshotUrl,
  };
}

import { escapeMarkdown } from "@discordjs/formatters";
import {
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIEmbed,
  ButtonStyle,
  ComponentType,
} from "discord-api-types/v10";
import type { Translator } from "../i18n/translator.js";
import { assetDeskId } from "../protocol/assetDeskId.js";
import type { Asset, AssetVersion, Decision, PendingChange } from "../services/assetDesk/index.js";
import type { PagePosition } from "../services/pager/position.js";
import { truncate } from "../text/format.js";
import { EMBED_COLOR, SUCCESS_COLOR, WARNING_COLOR } from "./links.js";

/** What the versions list shows of the asset above its versions. */
export interface AssetHeader {
  readonly assetId: string;
  readonly name: string;
  readonly archived: boolean;
  readonly currentVersion: number | undefined;
}

export function toAssetHeader(asset: Asset): AssetHeader {
  return {
    assetId: asset.assetId,
    name: asset.displayName || asset.assetId,
    archived: asset.state === "archived",
    currentVersion: asset.revisionId === undefined ? undefined : Number(asset.revisionId),
  };
}

export function versionsPageEmbed(
  t: Translator,
  asset: AssetHeader,
  versions: readonly AssetVersion[],
  position: PagePosition,
): APIEmbed {
  const lines = versions.map((v) =>
    t.t(v.versionNumber === asset.currentVersion ? "desk.versionLineCurrent" : "desk.versionLine", {
      version: v.versionNumber,
      moderation: v.moderationState,
    }),
  );
  const notes = asset.archived ? [t.t("desk.archivedNote"), ""] : [];
  return {
    color: asset.archived ? WARNING_COLOR : EMBED_COLOR,
    title: truncate(t.t("desk.versionsTitle", { name: escapeMarkdown(asset.name) }), 256),
    description: [...notes, ...(lines.length === 0 ? [t.t("desk.noVersions")] : lines)].join("\n"),
    footer: { text: t.t("desk.footer", { assetId: asset.assetId, page: position.index + 1 }) },
  };
}

export function confirmMessage(t: Translator, key: string, change: PendingChange) {
  const buttons: APIButtonComponent[] = [
    {
      type: ComponentType.Button,
      style: ButtonStyle.Danger,
      custom_id: assetDeskId.encode({ key, answer: "yes" }),
      label: t.t(`desk.button.${change.action}`),
    },
    {
      type: ComponentType.Button,
      style: ButtonStyle.Secondary,
      custom_id: assetDeskId.encode({ key, answer: "no" }),
      label: t.t("desk.button.cancel"),
    },
  ];
  const row: APIActionRowComponent<APIButtonComponent> = {
    type: ComponentType.ActionRow,
    components: buttons,
  };
  const name = escapeMarkdown(change.assetName);
  const { assetId } = change;
  const question =
    change.action === "rollback"
      ? t.t("desk.confirm.rollback", { name, assetId, version: change.version ?? 0 })
      : t.t(`desk.confirm.${change.action}`, { name, assetId });
  return { embeds: [{ color: WARNING_COLOR, description: question }], components: [row] };
}

function doneText(t: Translator, decision: Decision): string {
  const { action, assetId, version } = decision.change;
  if (decision.kind === "cancelled") return t.t("desk.cancelled");
  if (action !== "rollback") return t.t(`desk.done.${action}`, { assetId });
  return t.t("desk.done.rollback", {
    assetId,
    version: version ?? 0,
    newVersion: decision.newVersion ?? "?",
  });
}

export function decisionMessage(t: Translator, decision: Decision) {
  const description = doneText(t, decision);
  return {
    embeds: [{ color: decision.kind === "done" ? SUCCESS_COLOR : EMBED_COLOR, description }],
    components: [],
  };
}

import { escapeMarkdown } from "@discordjs/formatters";
import {
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIEmbed,
  ButtonStyle,
  ComponentType,
} from "discord-api-types/v10";
import { assetDeskId } from "../protocol/assetDeskId.js";
import type { Asset, AssetVersion, Decision, PendingChange } from "../services/assetDesk/index.js";
import type { PagePosition } from "../services/pager/position.js";
import {
  ARCHIVED_NOTE,
  CANCEL_LABEL,
  CANCELLED,
  CONFIRM_LABELS,
  confirmQuestion,
  doneText,
  NO_VERSIONS,
  VERSION_LINE,
  VERSIONS_TITLE,
} from "../text/assetDesk.js";
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
  asset: AssetHeader,
  versions: readonly AssetVersion[],
  position: PagePosition,
): APIEmbed {
  const lines = versions.map((v) =>
    VERSION_LINE(v.versionNumber, v.moderationState, v.versionNumber === asset.currentVersion),
  );
  const notes = asset.archived ? [ARCHIVED_NOTE, ""] : [];
  return {
    color: asset.archived ? WARNING_COLOR : EMBED_COLOR,
    title: truncate(VERSIONS_TITLE(escapeMarkdown(asset.name)), 256),
    description: [...notes, ...(lines.length === 0 ? [NO_VERSIONS] : lines)].join("\n"),
    footer: { text: `Asset ${asset.assetId} · page ${position.index + 1}` },
  };
}

export function confirmMessage(key: string, change: PendingChange) {
  const buttons: APIButtonComponent[] = [
    {
      type: ComponentType.Button,
      style: ButtonStyle.Danger,
      custom_id: assetDeskId.encode({ key, answer: "yes" }),
      label: CONFIRM_LABELS[change.action],
    },
    {
      type: ComponentType.Button,
      style: ButtonStyle.Secondary,
      custom_id: assetDeskId.encode({ key, answer: "no" }),
      label: CANCEL_LABEL,
    },
  ];
  const row: APIActionRowComponent<APIButtonComponent> = {
    type: ComponentType.ActionRow,
    components: buttons,
  };
  const question = confirmQuestion(
    change.action,
    escapeMarkdown(change.assetName),
    change.assetId,
    change.version,
  );
  return { embeds: [{ color: WARNING_COLOR, description: question }], components: [row] };
}

export function decisionMessage(decision: Decision) {
  const { change } = decision;
  const description =
    decision.kind === "cancelled"
      ? CANCELLED
      : doneText(change.action, change.assetId, {
          ...(change.version === undefined ? {} : { version: change.version }),
          ...(decision.newVersion === undefined ? {} : { newVersion: decision.newVersion }),
        });
  return {
    embeds: [{ color: decision.kind === "done" ? SUCCESS_COLOR : EMBED_COLOR, description }],
    components: [],
  };
}

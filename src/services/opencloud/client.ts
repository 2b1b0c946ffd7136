import type { Logger } from "pino";
import type { ApiContext, BaseUrls, CallOptions } from "./api.js";
import type { Asset, AssetOperation } from "./asset-model.js";
import { type CreateAssetInput, createAsset, getAsset, getOperation, updateAsset } from "./assets.js";
import {
  type Group,
  type GroupMembership,
  type GroupRole,
  getGroup,
  getGroupRole,
  listGroupRoles,
  listUserMemberships,
} from "./groups.js";
import {
  type InventoryItem,
  type InventoryPage,
  type InventoryPageOptions,
  iterateInventory,
  iterateInventoryPages,
  listInventoryPage,
} from "./inventory.js";
import { type ApiKeyInfo, introspectApiKey } from "./keys.js";
import { InProcessRateLimiter } from "./limiter.js";
import { DOCUMENTED_RATE_LIMITS, type RateLimiter } from "./limits.js";
import type { UploadFile } from "./multipart.js";
import { type AssetQuota, getUploadQuota } from "./quotas.js";
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from "./retry.js";
import { DEFAULT_TIMEOUTS, Transport, type TransportTimeouts } from "./transport.js";
import {
  getHeadshotUrl,
  getUser,
  type HeadshotOptions,
  type ResolvedUsername,
  type RobloxUser,
  resolveUsernames,
} from "./users.js";
import { type OperationOutcome, type WaitOptions, waitForOperation } from "./wait-operation.js";

export interface OpenCloudClientOptions {
  apiKey: string;
  baseUrls: BaseUrls;
  /** Defaults to an in-process limiter with the documented limits; pass a RedisRateLimiter to share across shards. */
  limiter?: RateLimiter;
  /** Who owns the API key (limits are per owner); defaults to a hash of the key. */
  rateOwner?: string;
  retry?: Partial<RetryPolicy>;
  timeouts?: Partial<TransportTimeouts>;
  connectionsPerOrigin?: number;
  /** Request lines at debug, retries at warn; the key is never logged. */
  logger?: Logger;
}

export interface OpenCloudClient {
  users: {
    getUser(userId: string | number, options?: CallOptions): Promise<RobloxUser>;
    resolveUsernames(names: readonly string[], options?: CallOptions): Promise<Map<string, ResolvedUsername>>;
    getHeadshotUrl(userId: string | number, options?: HeadshotOptions): Promise<string>;
  };
  inventory: {
    listInventoryPage(userId: string | number, options?: InventoryPageOptions): Promise<InventoryPage>;
    iterateInventory(
      userId: string | number,
      options?: Omit<InventoryPageOptions, "pageToken">,
    ): AsyncGenerator<InventoryItem>;
    iterateInventoryPages(
      userId: string | number,
      options?: Omit<InventoryPageOptions, "pageToken">,
    ): AsyncGenerator<InventoryPage>;
  };
  groups: {
    listUserMemberships(userId: string | number, options?: CallOptions): Promise<GroupMembership[]>;
    getGroup(groupId: string | number, options?: CallOptions): Promise<Group>;
    listGroupRoles(groupId: string | number, options?: CallOptions): Promise<GroupRole[]>;
    getGroupRole(
      groupId: string | number,
      roleId: string | number,
      options?: CallOptions,
    ): Promise<GroupRole>;
  };
  assets: {
    createAsset(input: CreateAssetInput, options?: CallOptions): Promise<AssetOperation>;
    updateAsset(assetId: string | number, file: UploadFile, options?: CallOptions): Promise<AssetOperation>;
    getAsset(assetId: string | number, options?: CallOptions): Promise<Asset>;
    getOperation(operationId: string, options?: CallOptions): Promise<AssetOperation>;
    waitForOperation(operationId: string, options?: WaitOptions & CallOptions): Promise<OperationOutcome>;
    /** The user's monthly upload quota for an asset type (`Audio`), if Roblox lists one. */
    getUploadQuota(
      userId: string | number,
      assetType: string,
      options?: CallOptions,
    ): Promise<AssetQuota | undefined>;
  };
  keys: {
    /** Owner, permissions and state of the client's own API key. */
    introspect(options?: CallOptions): Promise<ApiKeyInfo>;
  };
  /** Closes keep-alive connections and the default limiter's timers. */
  close(): Promise<void>;
}

export function createOpenCloudClient(options: OpenCloudClientOptions): OpenCloudClient {
  const transport = new Transport({ ...DEFAULT_TIMEOUTS, ...options.timeouts }, options.connectionsPerOrigin);
  const ownsLimiter = options.limiter === undefined;
  const limiter = options.limiter ?? new InProcessRateLimiter({ limits: DOCUMENTED_RATE_LIMITS });
  const ctx: ApiContext = {
    transport,
    limiter,
    retry: { ...DEFAULT_RETRY_POLICY, ...options.retry },
    baseUrls: options.baseUrls,
    defaultAuth: { kind: "apiKey", key: options.apiKey },
    rateOwner: options.rateOwner,
    logger: options.logger,
  };
  return {
    users: {
      getUser: (userId, callOptions) => getUser(ctx, userId, callOptions),
      resolveUsernames: (names, callOptions) => resolveUsernames(ctx, names, callOptions),
      getHeadshotUrl: (userId, headshotOptions) => getHeadshotUrl(ctx, userId, headshotOptions),
    },
    inventory: {
      listInventoryPage: (userId, pageOptions) => listInventoryPage(ctx, userId, pageOptions),
      iterateInventory: (userId, pageOptions) => iterateInventory(ctx, userId, pageOptions),
      iterateInventoryPages: (userId, pageOptions) => iterateInventoryPages(ctx, userId, pageOptions),
    },
    groups: {
      listUserMemberships: (userId, callOptions) => listUserMemberships(ctx, userId, callOptions),
      getGroup: (groupId, callOptions) => getGroup(ctx, groupId, callOptions),
      listGroupRoles: (groupId, callOptions) => listGroupRoles(ctx, groupId, callOptions),
      getGroupRole: (groupId, roleId, callOptions) => getGroupRole(ctx, groupId, roleId, callOptions),
    },
    assets: {
      createAsset: (input, callOptions) => createAsset(ctx, input, callOptions),
      updateAsset: (assetId, file, callOptions) => updateAsset(ctx, assetId, file, callOptions),
      getAsset: (assetId, callOptions) => getAsset(ctx, assetId, callOptions),
      getOperation: (operationId, callOptions) => getOperation(ctx, operationId, callOptions),
      getUploadQuota: (userId, assetType, callOptions) => getUploadQuota(ctx, userId, assetType, callOptions),
      waitForOperation: (operationId, waitOptions = {}) =>
        waitForOperation(
          operationId,
          (id, signal) =>
            getOperation(ctx, id, {
              ...(waitOptions.auth === undefined ? {} : { auth: waitOptions.auth }),
              ...(signal === undefined ? {} : { signal }),
            }),
          waitOptions,
        ),
    },
    keys: {
      introspect: (callOptions) => introspectApiKey(ctx, options.apiKey, callOptions),
    },
    close: async () => {
      await transport.close();
      if (ownsLimiter) await limiter.close?.();
    },
  };
}

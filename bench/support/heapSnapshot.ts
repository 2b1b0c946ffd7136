import { readFileSync } from "node:fs";

/** Live objects of one kind in a V8 heap snapshot: "(type) constructor-or-name". */
export interface HeapGroup {
  key: string;
  count: number;
  /** Sum of the objects' own sizes (not what they retain), bytes. */
  selfSize: number;
}

interface RawSnapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
  strings: string[];
}

/** Node types whose name says nothing on its own: grouped under their type only. */
const ANONYMOUS_TYPES = new Set(["hidden", "number", "synthetic"]);

/**
 * Counts a `.heapsnapshot` (node:v8 writeHeapSnapshot) by node type and constructor name. Strings
 * are grouped as one "(string)" entry, code as "(code)", so the list names the kinds of objects.
 */
export function groupHeapSnapshot(file: string): Map<string, HeapGroup> {
  const raw = JSON.parse(readFileSync(file, "utf8")) as RawSnapshot;
  const fields = raw.snapshot.meta.node_fields;
  const types = raw.snapshot.meta.node_types[0];
  const width = fields.length;
  const typeAt = fields.indexOf("type");
  const nameAt = fields.indexOf("name");
  const sizeAt = fields.indexOf("self_size");
  const groups = new Map<string, HeapGroup>();
  for (let i = 0; i < raw.nodes.length; i += width) {
    const type = types[raw.nodes[i + typeAt] ?? 0] ?? "?";
    const name = raw.strings[raw.nodes[i + nameAt] ?? 0] ?? "";
    const key =
      type === "object" || type === "closure" || type === "native"
        ? `(${type}) ${name.slice(0, 60)}`
        : ANONYMOUS_TYPES.has(type) || type === "string" || type === "concatenated string"
          ? `(${type})`
          : `(${type}) ${name.slice(0, 40)}`;
    const group = groups.get(key) ?? { key, count: 0, selfSize: 0 };
    group.count++;
    group.selfSize += raw.nodes[i + sizeAt] ?? 0;
    groups.set(key, group);
  }
  return groups;
}

/** What grew from `before` to `after`, largest growth in bytes first. */
export function diffHeapGroups(
  before: Map<string, HeapGroup>,
  after: Map<string, HeapGroup>,
): Array<HeapGroup & { countDelta: number; sizeDelta: number }> {
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys]
    .map((key) => {
      const a = before.get(key) ?? { key, count: 0, selfSize: 0 };
      const b = after.get(key) ?? { key, count: 0, selfSize: 0 };
      return { ...b, key, countDelta: b.count - a.count, sizeDelta: b.selfSize - a.selfSize };
    })
    .sort((x, y) => y.sizeDelta - x.sizeDelta);
}

/** ja: /upload of a zip (its refusals, progress and result). */
export const jaZip = {
  "zip.unreadable":
    "その zip を読めませんでした(壊れているか、zip アーカイブではありません)。Roblox には何も送っていません。",
  "zip.needsApproval":
    "このサーバーではスタッフがすべてのアップロードを承認するため、zip は受け付けていません。ファイルを1つずつアップロードしてください。スタッフがそれぞれを確認します。Roblox には何も送信されていません。",
  "zip.notZip":
    "そのファイルは .zip という名前ですが、中身は zip アーカイブではありません。Roblox には何も送っていません。",
  "zip.tooManyEntries":
    "その zip には {{count, number}} 個のエントリがあります。受け付けるのは {{max, number}} 個までです。Roblox には何も送っていません。",
  "zip.unsafePath":
    "その zip には安全でないパスのエントリ({{name}})があります。.. で外に出るパスやルートから始まるパスは拒否します。Roblox には何も送っていません。",
  "zip.encrypted":
    "その zip には暗号化されたファイル({{name}})があります。暗号化された zip は拒否します。Roblox には何も送っていません。",
  "zip.ratio":
    "その zip には、展開すると圧縮時の {{max, number}} 倍を超えるファイル({{name}})があります(zip 爆弾の特徴です)。Roblox には何も送っていません。",
  "zip.tooLarge": "その zip は展開すると {{limit}} を超えます。Roblox には何も送っていません。",
  "zip.nested":
    "その zip には別の zip({{name}})が入っています。zip の中の zip は拒否します。Roblox には何も送っていません。",
  "zip.dailyCap": "このサーバーの今日のアップロード数を使い切りました",
  "zip.stillProcessing":
    "ボットが待つのをやめた時点で Roblox はまだ処理中でした。https://create.roblox.com/dashboard/creations で確認してください",
  "zip.rejected": "Roblox のモデレーションで拒否されました",
  "zip.failed": "Roblox が処理できませんでした",
  "zip.view.title.working": "zip をアップロード中",
  "zip.view.title.done": "zip をアップロードしました",
  "zip.view.title.refused": "zip を拒否しました",
  "zip.view.downloading": "zip をダウンロード中…",
  "zip.view.checking": "zip の各ファイルを確認中…",
  "zip.view.progress": "{{total, number}} 件中 {{done, number}} 件",
  "zip.view.summary":
    "アップロード {{uploaded, number}} 件、Roblox に既存 {{existing, number}} 件、重複スキップ {{duplicates, number}} 件、非対応 {{unsupported, number}} 件、失敗 {{failed, number}} 件。",
  "zip.view.files": "名前とアセット ID の対応を添付しました: {{json}} と Luau モジュール {{luau}}。",
  "zip.view.failures": "失敗",
  "zip.view.failureLine": "{{name}}: {{reason}}",
  "zip.view.renamed": "名前を変更(中身の形式でアップロード)",
  "zip.view.renamedLine": "{{name}} → {{as}}",
  "zip.view.unsupported": "非対応(スキップ)",
  "zip.view.duplicates": "重複(スキップ)",
  "zip.view.duplicateLine": "{{name}} = {{first}}",
} as const;

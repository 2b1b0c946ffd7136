/** ja: /privacy, what the bot stores about a member and deleting it. */
export const jaPrivacy = {
  "cmd.privacy.name": "privacy",
  "cmd.privacy.description":
    "ボットが保存しているあなたの情報を確認し、リンクの公開範囲を選び、すべて削除します",
  "privacy.title": "このボットが保存しているあなたの情報",
  "privacy.intro":
    "これはあなただけに表示されます。削除すると、リンク、設定、記録が消えます。アップロードはサーバーのアップロード記録（アセット ID とファイルの指紋）に「削除されたメンバー」として残ります。",
  "privacy.field.link": "リンクした Roblox アカウント",
  "privacy.field.grants": "保存している Roblox のサインイン",
  "privacy.field.shown": "リンクが見える相手",
  "privacy.field.uploads": "あなたのアップロード",
  "privacy.link.none": "なし。",
  "privacy.link.one": "{{roblox}}（{{method}}、{{when}} から）。",
  "privacy.method.oauth": "Roblox でのサインイン",
  "privacy.method.profile": "Roblox プロフィールのフレーズ",
  "privacy.grants.none": "なし：ボットはあなたが誰かを確認した時点で Roblox のサインインを取り消します。",
  "privacy.shown.linked":
    "ほかのメンバーには、あなたが /link か /verify を実行したサーバーでだけリンクが見えます。",
  "privacy.shown.everywhere": "ほかのメンバーには、ボットがいるすべてのサーバーでリンクが見えます。",
  "privacy.uploads.none": "なし。",
  "privacy.uploads.count_other": "{{count, number}} 件のアップロードを記録（新しい順）：",
  "privacy.button.showEverywhere": "すべてのサーバーでリンクを表示",
  "privacy.button.showLinked": "リンク・認証したサーバーだけで表示",
  "privacy.button.delete": "データを削除",
  "privacy.button.confirm": "はい、すべて削除",
  "privacy.button.cancel": "キャンセル",
  "privacy.confirm":
    "リンク、設定、記録を削除しますか？元に戻せません。アップロードはサーバーの記録に「削除されたメンバー」として残ります。",
  "privacy.deleted_other":
    "削除しました。ボットはあなたについて何も保存していません。{{count, number}} 件のアップロードがサーバーの記録に「削除されたメンバー」として残ります。",
  "privacy.deletedMember": "削除されたメンバー",
  "privacy.uploadInProgress": "アップロードがまだ進行中です。終わってからもう一度削除してください。",
  "cmd.settings.opt.upload-log-days.name": "upload-log-days",
  "cmd.settings.opt.upload-log-days.description": "このサーバーのアップロード記録がエントリを残す日数",
  "cmd.settings.opt.days.name": "days",
  "cmd.settings.opt.days.description": "1〜730 日（省略するとボットの既定値）",
  "settings.uploadLogDays": "**upload-log-days**（アップロード記録がエントリを残す日数）：{{value}}",
  "settings.uploadLogDays.value": "{{days, number}}",
  "settings.uploadLogDays.default": "{{days, number}}（ボットの既定値）",
  "settings.set.uploadLogDays.on": "アップロード記録は各エントリを {{days, number}} 日間残します。",
  "settings.set.uploadLogDays.off":
    "アップロード記録は各エントリをボットの既定値の {{days, number}} 日間残します。",
  "privacy.shown.verified": "/verify を実行したサーバー：{{servers}}。",
} as const;

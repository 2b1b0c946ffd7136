/** ja: the /link replies (the pages' text stays in src/text/linking.ts). */
export const jaLinkReplies = {
  "cmd.link.name": "link",
  "cmd.link.description": "DiscordアカウントをRobloxアカウントと連携",
  "link.reply.prompt":
    "ボタンを押してRobloxでサインインし、アカウントを連携してください。1回だけ、10分間使えます。（{{expires}}）\n\n**このボタンは絶対に共有しないでください。** あなた専用です：開くページにはあなたのDiscordアカウントが表示され、連携にはそこでの明示的な確認が必要です。\n\nRobloxが独自のエラーページを表示して戻ってこない場合（Robloxの審査前のアプリは10人までしか使えず、13歳未満のアカウントは連携できません）、今はRoblox経由の連携を利用できません。サーバー管理者に伝えてください。",
  "link.reply.tooMany": "/link の実行回数が多すぎます。数分待ってからもう一度実行してください。",
  "link.reply.off":
    "このボットでは連携が設定されていません。Robloxサインインの設定を持ち主に依頼してください。",
} as const;

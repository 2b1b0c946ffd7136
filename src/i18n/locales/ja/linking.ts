import type { enUSLinking } from "../enUS/linking.js";

/** ja: /link, its private replies, and the account-linking pages. */
export const jaLinking = {
  "cmd.link.name": "連携",
  "cmd.link.description": "Discord アカウントを、サインインした Roblox アカウントと連携します",
  "link.reply.prompt":
    "ボタンを押して Roblox にサインインし、アカウントを連携してください。使えるのは 1 回だけで、{{expires}}に期限切れになります。\n\n**このボタンは絶対に共有しないでください。** あなた専用です。開いたページにはあなたの Discord アカウントが表示され、そこで確認するまで何も連携されません。\n\nRoblox が独自のエラーページを表示して戻ってこない場合（Roblox の審査前のアプリは 10 人までしか使えず、13 歳未満のアカウントは連携できません）、今は Roblox での連携を利用できません。{{fallback}}",
  "link.reply.fallback.admin": "サーバーの管理者に伝えてください。",
  "link.reply.fallback.profile":
    "別の方法でも連携できます。/$t(cmd.link.name) をもう一度実行し、方法に「$t(cmd.link.opt.method.choice.profile)」を選んでください。",
  "link.reply.button": "Roblox と連携",
  "link.reply.tooMany": "/link を開始しすぎました。数分待ってからもう一度実行してください。",
  "link.reply.off":
    "このボットでは連携が設定されていません。Roblox サインインを設定するようボットの管理者に依頼してください。",
  "link.reply.linked": "{{roblox}} として連携しました。Roblox のユーザー ID は {{robloxId}} です。",
  "link.page.confirm.title": "これらのアカウントを連携しますか？",
  "link.page.confirm.discord": "連携を求めた Discord アカウント:",
  "link.page.confirm.roblox": "サインインした Roblox アカウント:",
  "link.page.confirm.warning":
    "自分で /link を実行していない場合や、これがあなたの Discord アカウントでない場合は、キャンセルを押してください。誰かが自分のボタンを送ってきた可能性があります。",
  "link.page.confirm.button": "確認",
  "link.page.cancel.button": "キャンセル",
  "link.page.done.title": "連携しました",
  "link.page.done.body":
    "{{discord}} は Roblox アカウント {{roblox}} と連携されました。このページは閉じてかまいません。",
  "link.page.refused.title": "連携されていません",
  "link.page.refused.expired":
    "このリンクは期限切れか、すでに使われています。Discord でもう一度 /link を実行して新しいボタンを受け取ってください。",
  "link.page.refused.otherBrowser":
    "このサインインはこのブラウザーで始まったものではないため、何も連携されませんでした。Discord でもう一度 /link を実行し、新しいボタンをここで開いてください。",
  "link.page.refused.denied": "Roblox で拒否したため、何も連携されませんでした。",
  "link.page.refused.robloxError":
    "Roblox がサインインを完了しなかったため、何も連携されませんでした。/link を実行してやり直してください。",
  "link.page.refused.signInFailed":
    "サインインを確認できなかったため、何も連携されませんでした。Discord で /link を実行してやり直してください。",
  "link.page.refused.unavailable":
    "Roblox が現在応答していません。数分後に /link を実行してやり直してください。",
  "link.page.refused.badForm":
    "このフォームを確認できなかったため、何も連携されませんでした。/link を実行して最初からやり直してください。",
  "link.page.refused.cancelled": "キャンセルしました。何も連携されていません。",
  "link.page.refused.tooMany": "試行回数が多すぎます。数分待ってから、もう一度 /link を実行してください。",
  "cmd.link.opt.method.name": "方法",
  "cmd.link.opt.method.description": "Roblox アカウントが自分のものだと示す方法（既定: Roblox でサインイン）",
  "cmd.link.opt.method.choice.oauth": "Roblox でサインイン",
  "cmd.link.opt.method.choice.profile": "Roblox プロフィールにフレーズを書く",
  "cmd.link.opt.account.name": "アカウント",
  "cmd.link.opt.account.description": "Roblox のユーザー名またはユーザー ID（プロフィールのフレーズ用）",
  "link.reply.methodOff": "このボットではこの連携方法は無効です。方法を指定せずに /link を実行してください。",
  "link.profile.needAccount":
    "プロフィールのフレーズで連携するには、アカウントオプションに Roblox のユーザー名またはユーザー ID を入力してください。",
  "link.profile.prompt":
    "このフレーズをユーザー {{account}} の Roblox プロフィールの「自己紹介」に追加して保存し、ボタンを押してください。フレーズの有効期限は {{expires}} です。\n\n`{{phrase}}`",
  "link.profile.button": "追加しました",
  "link.profile.notFound":
    "Roblox ユーザー {{account}} の「自己紹介」にまだフレーズがないため、何も連携されていません。表示どおりに入力されているか確認し、プロフィールを保存してから、もう一度ボタンを押してください。",
  "link.profile.expired":
    "このフレーズは期限切れのため、何も連携されていません。もう一度 /link method:profile を実行して新しいフレーズを受け取ってください。",
  "link.profile.tooSoon": "プロフィールをもう一度確認するまで 10 秒お待ちください。",
  "link.profile.linked":
    "{{roblox}} として連携しました（プロフィールのフレーズ）。Roblox ユーザー ID は {{robloxId}} です。プロフィールからフレーズを削除してかまいません。",
  "link.moved.dm":
    "Roblox アカウント {{roblox}} は別の Discord アカウントに連携されたため、あなたのアカウントとの連携は解除されました。心当たりがない場合は /link で再度連携してください。",
  "cmd.unlink.name": "連携解除",
  "cmd.unlink.description": "Discord アカウントと Roblox アカウントの連携を解除します",
  "unlink.notLinked":
    "あなたの Discord アカウントは Roblox アカウントと連携されていないため、解除するものはありません。",
  "unlink.done":
    "連携を解除しました。あなたの Discord アカウントは {{roblox}} と連携されていません。このボットはこの連携のために Roblox のサインイン情報を保持していないため、Roblox 側で取り消すものはありません。承認したアプリは {{url}} の「Third-party app authorizations」に表示されます。",
  "target.selfNotLinked":
    "Roblox アカウントが連携されていません。Roblox ユーザーを指定するか、先に /link を実行してください。",
  "target.memberNotLinked":
    "このメンバーには、このサーバーで表示できる連携済みの Roblox アカウントがありません。代わりに Roblox ユーザーを指定してください。",
  "cmd.link.opt.access.name": "アクセス",
  "cmd.link.opt.access.description":
    "ボットが Roblox であなたの代わりに操作することも許可します（Roblox がこのアクセスを確認します）",
  "cmd.link.opt.access.choice.inventory": "非公開のインベントリを読む",
  "cmd.link.opt.access.choice.uploads": "自分の Roblox アカウントにアップロード",
  "grant.inventoryNeeded":
    "あなたのインベントリは Roblox で非公開です。ここに表示するには、/$t(cmd.link.name) を $t(cmd.link.opt.access.name)「$t(cmd.link.opt.access.choice.inventory)」付きで実行し、Roblox で許可してください。",
  "grant.missingScope.inventory":
    "Roblox でボットに与えたアクセスには、これに必要な {{scope}} が含まれていません。/$t(cmd.link.name) を $t(cmd.link.opt.access.name)「$t(cmd.link.opt.access.choice.inventory)」付きで実行し、Roblox で許可してください。",
  "grant.missingScope.uploads":
    "Roblox でボットに与えたアクセスには、これに必要な {{scope}} が含まれていません。/$t(cmd.link.name) を $t(cmd.link.opt.access.name)「$t(cmd.link.opt.access.choice.uploads)」付きで実行し、Roblox で許可してください。",
  "grant.lapsed":
    "ボットに与えたアクセスを Roblox はもう受け付けません（取り消されたか、90 日間使われませんでした）。もう一度 /$t(cmd.link.name) を実行して与え直してください。",
  "grant.unavailable": "Roblox が今あなたのアクセスを更新しませんでした。1 分後にもう一度お試しください。",
  "grant.uploadsNeeded":
    "自分の Roblox アカウントにアップロードするには、/$t(cmd.link.name) を $t(cmd.link.opt.access.name)「$t(cmd.link.opt.access.choice.uploads)」付きで実行し、Roblox で許可してください。",
  "upload.selfOff":
    "このサーバーでは、メンバー自身の Roblox アカウントへのアップロードはオフです。サーバー管理者が /settings でオンにできます。",
  "cmd.upload.opt.to.name": "宛先",
  "cmd.upload.opt.to.description":
    "アセットを受け取る Roblox アカウント（既定: このサーバーが許可していればあなたのもの）",
  "cmd.upload.opt.to.choice.me": "自分の Roblox アカウント",
  "cmd.upload.opt.to.choice.server": "ボット運営者のアカウント",
  "cmd.settings.opt.self-uploads.name": "自分へのアップロード",
  "cmd.settings.opt.self-uploads.description":
    "メンバーが /upload で自分の Roblox アカウントにアップロードできるようにします",
  "settings.selfUploads":
    "**自分へのアップロード**（メンバーが自分の Roblox アカウントにアップロード）: {{value}}",
  "settings.set.selfUploads.on": "メンバーは自分の Roblox アカウントにアップロードできるようになりました。",
  "settings.set.selfUploads.off":
    "メンバーはここで自分の Roblox アカウントにアップロードできなくなりました。",
  "settings.on": "オン",
  "unlink.doneRevoked":
    "リンクを解除しました: あなたの Discord アカウントは {{roblox}} とリンクされなくなり、Roblox でボットに与えたアクセスも取り消されました。承認したアプリは {{url}} の「サードパーティアプリの承認」に一覧があります。",
} as const satisfies Record<keyof typeof enUSLinking, string>;

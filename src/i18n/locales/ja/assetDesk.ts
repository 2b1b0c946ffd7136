/** ja: /asset、アップロードログ（/uploads の絞り込み、ログチャンネル）と承認キュー。 */
export const jaAssetDesk = {
  "cmd.asset.name": "アセット",
  "cmd.asset.description":
    "アップロード用アカウントのアセットのバージョン一覧・ロールバック・アーカイブ・復元",
  "cmd.asset.opt.versions.name": "バージョン一覧",
  "cmd.asset.opt.versions.description": "アセットのバージョンを一覧表示します",
  "cmd.asset.opt.rollback.name": "ロールバック",
  "cmd.asset.opt.rollback.description": "アセットを以前のバージョンに戻します（確認あり）",
  "cmd.asset.opt.archive.name": "アーカイブ",
  "cmd.asset.opt.archive.description": "アセットをアーカイブします（確認あり）",
  "cmd.asset.opt.restore.name": "復元",
  "cmd.asset.opt.restore.description": "アーカイブされたアセットを復元します（確認あり）",
  "cmd.asset.opt.asset_id.name": "アセットid",
  "cmd.asset.opt.asset_id.description": "アセットの ID（ボットのアップロード用アカウントのものに限ります）",
  "cmd.asset.opt.version.name": "バージョン",
  "cmd.asset.opt.version.description": "戻す先のバージョン（/asset versions で確認できます）",
  "cmd.uploads.opt.state.name": "状態",
  "cmd.uploads.opt.state.description":
    "この状態のアップロードだけ（モデレーションの最終結果、またはアップロードの終わり方）",
  "cmd.uploads.opt.state.choice.approved": "承認済み",
  "cmd.uploads.opt.state.choice.reviewing": "審査中",
  "cmd.uploads.opt.state.choice.rejected": "却下",
  "cmd.uploads.opt.state.choice.failed": "失敗",
  "cmd.uploads.opt.state.choice.interrupted": "中断",
  "cmd.uploads.opt.state.choice.in-progress": "処理中",
  "cmd.uploads.opt.member.name": "メンバー",
  "cmd.uploads.opt.member.description": "スタッフ用：このサーバーでのこのメンバーのアップロード",
  "cmd.uploads.opt.server.name": "サーバー",
  "cmd.uploads.opt.server.description": "スタッフ用：このサーバーの全員のアップロード（アップロードログ）",
  "cmd.uploads.opt.days.name": "日数",
  "cmd.uploads.opt.days.description": "直近この日数のアップロードだけ",

  "desk.notOurs":
    "アセット {{assetId}} はボットのアップロード用アカウントのものではないため、/asset では変更もバージョン一覧の表示もできません。",
  "desk.notFound":
    "Roblox にアセット {{assetId}} がないか、ボットのアップロード用アカウントのものではありません。",
  "desk.versionNotFound":
    "アセット {{assetId}} にバージョン {{version}} はありません。/asset versions でバージョンを確認してください。",
  "desk.noUploadAccount":
    "アセット管理はオフです：ボットの管理者が ROBLOX_UPLOAD_CREATOR を設定していません。",
  "desk.confirmationExpired":
    "この確認は期限切れか、すでに回答済みです。もう一度コマンドを実行してください。",
  "desk.onlyRequester": "この変更を依頼した本人だけが確認またはキャンセルできます。",
  "desk.confirm.rollback":
    "**{{name}}**（{{assetId}}）をバージョン {{version}} に戻しますか？ Roblox は現在のバージョンを残し、バージョン {{version}} の内容で新しいバージョンを追加します。",
  "desk.confirm.archive":
    "**{{name}}**（{{assetId}}）をアーカイブしますか？ 復元するまでウェブサイトから消え、エクスペリエンス内でも機能しなくなります。",
  "desk.confirm.restore": "**{{name}}**（{{assetId}}）をアーカイブから復元しますか？",
  "desk.button.rollback": "ロールバック",
  "desk.button.archive": "アーカイブ",
  "desk.button.restore": "復元",
  "desk.button.cancel": "キャンセル",
  "desk.cancelled": "キャンセルしました：何も変更していません。",
  "desk.done.rollback":
    "アセット {{assetId}} をバージョン {{version}} に戻しました：最新バージョンは {{newVersion}} になりました。",
  "desk.done.archive": "アセット {{assetId}} をアーカイブしました。",
  "desk.done.restore": "アセット {{assetId}} を復元しました：再び有効です。",
  "desk.versionsTitle": "{{name}} のバージョン",
  "desk.versionLine": "**バージョン {{version}}** · モデレーション：{{moderation}}",
  "desk.versionLineCurrent": "**バージョン {{version}}**（現在） · モデレーション：{{moderation}}",
  "desk.noVersions": "Roblox にはこのアセットのバージョンが表示されていません。",
  "desk.archivedNote": "このアセットはアーカイブされています。",
  "desk.footer": "アセット {{assetId}} · {{page}} ページ",

  "uploadLog.state.approved": "✅ 承認済み",
  "uploadLog.state.reviewing": "🕓 審査中",
  "uploadLog.state.rejected": "⛔ 却下",
  "uploadLog.state.failed": "❌ 失敗",
  "uploadLog.state.interrupted": "⚠️ 中断",
  "uploadLog.state.in-progress": "⏳ 処理中",
  "uploadLog.noAsset": "アセットなし",
  "uploadLog.asset": "アセット {{id}}",
  "uploadLog.assetVersion": "アセット {{id}} v{{version}}",
  "uploadLog.shaMissing": "SHA-256 の記録なし",
  "uploadLog.sha": "SHA-256：`{{sha}}`",
  "uploadLog.noMatch": "該当するアップロードはありません。",
  "uploadLog.title.server": "このサーバーのアップロード",
  "uploadLog.title.member": "このサーバーでのメンバーのアップロード",
  "uploadLog.title.own": "あなたのアップロード",
  "uploadLog.staffOnly":
    "ほかのメンバーのアップロードやサーバーのログを見られるのはスタッフ（「サーバー管理」権限を持つメンバー）だけです。",
  "uploadLog.serverOnly": "アップロードログはサーバー内でのみ使えます。",

  "approval.staffOnly":
    "アップロードを承認・却下できるのはスタッフ（「サーバー管理」権限を持つメンバー）だけです。",
  "approval.postFailed":
    "ボットがこのサーバーの審査チャンネルにファイルを投稿できなかったため、アップロードしませんでした。サーバー管理者に、そのチャンネルでのボットの権限を確認してもらってください。",
  "approval.rejectedByStaff": "スタッフがこのアップロードを却下しました。Roblox には何も送信していません。",
  "approval.alreadyDecided": "このアップロードはすでに承認または却下されています。",
  "approval.unknown": "このアップロードはもう承認待ちではありません。",
  "approval.fileGone": "審査メッセージとそのファイルが削除されているため、何もアップロードしませんでした。",
  "approval.waiting":
    "⏸ {{channel}} でスタッフの承認を待っています。決まるとこのメッセージが更新されます。`/uploads` でも確認できます。",
  "approval.reviewTitle": "承認待ちのアップロード：{{name}}",
  "approval.member": "メンバー",
  "approval.file": "ファイル",
  "approval.bytes": "ファイルの中身",
  "approval.goesTo": "アップロード先",
  "approval.approve": "承認",
  "approval.reject": "却下",
  "approval.approvedBy": "{{user}} が承認しました。Roblox にアップロードしています。",
  "approval.rejectedBy": "{{user}} が却下しました。Roblox には何も送信していません。",
} as const;

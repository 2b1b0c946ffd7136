/** ja: 返信、拒否、失敗の文言。 */
export const jaMessages = {
  "quote.input": "「{{text}}」",
  "failure.storeUnavailable":
    "ボットが現在ストレージに接続できないため、処理を完了できませんでした。1分後にもう一度お試しください。",
  "failure.restarting": "ボットは再起動中です。しばらくしてからもう一度お試しください。",
  "failure.expiredComponent": "これらのボタンはもう使えません。コマンドをもう一度実行してください。",
  "failure.unexpected":
    "こちら側で問題が発生しました。繰り返し起きる場合は、ボットの管理者にこの参照番号を伝えてください: {{reference}}",
  "failure.rateLimited_other":
    "Roblox が現在ボットのリクエスト頻度を制限しています。{{count, number}} 秒後にもう一度お試しください。",
  "failure.unavailable": "Roblox が現在応答していません。1分後にもう一度お試しください。",
  "failure.ipNotAllowed":
    "ボットが動いているアドレスからの API キーを Roblox が受け付けていません。ボットの管理者がクリエイターダッシュボードでキーの許可された IP アドレスに追加する必要があります（`npm run doctor` を実行）。",
  "failure.keyRefused":
    "Roblox がボットの API キーを拒否しました。ボットの管理者が ROBLOX_API_KEY を確認する必要があります（`npm run doctor` を実行）。",
  "failure.missingScope":
    "ボットの Roblox API キーに `{{scope}}` の権限がありません。ボットの管理者が Roblox のクリエイターダッシュボードで追加できます。",
  "failure.permissionDenied":
    "Roblox がボットに読み取りを許可しませんでした。非公開か、ボットの API キーに権限が足りない可能性があります。",
  "failure.oldMessageEdits":
    "Discord は1時間以上前のメッセージの編集回数を制限しており、このメッセージは現在その上限に達しています。新しいリストを表示するには、コマンドをもう一度実行してください。",
  "failure.placeholderClosed": "このコマンドは完了しませんでした。",
  "pager.expired": "このリストは期限切れです。閲覧するにはコマンドをもう一度実行してください。",
  "pager.notOwner":
    "ページをめくれるのは、このコマンドを実行した人だけです。閲覧するには自分で /{{command}} を実行してください。",
  "pager.busy": "このリストはまだページを切り替えています。少し待ってからもう一度ボタンを押してください。",
  "users.lookupLimited_other":
    "Roblox が現在ユーザー名の検索を制限しているため、{{name}} を検索できませんでした。{{count, number}} 秒後にもう一度お試しいただくか、数字のユーザー ID を指定してください。",
  "users.noSuchName": "{{name}} という名前の Roblox ユーザーはいません。",
  "users.noSuchId": "ID が {{id}} の Roblox ユーザーはいません。",
  "users.badReference":
    "{{typed}} は Roblox のユーザー名、ユーザー ID、プロフィールリンクのいずれでもありません。ユーザー名は英字、数字、アンダースコアのみ（スペースや他の記号は不可）、ID は数字です。",
  "users.idStartsAtOne": "{{typed}} は Roblox のユーザー ID ではありません: ID は 1 から始まります。",
  "users.idTooLong": "{{typed}} は Roblox のユーザー ID ではありません: ID としては長すぎます。",
  "groups.noSuchId": "ID が {{id}} の Roblox グループはありません。",
  "inventory.private":
    "{{who}} のインベントリは非公開のため、Roblox はボットに表示しません。持ち主は roblox.com で公開できます: 設定 → プライバシー → その他の設定 →「インベントリを表示できるユーザー」→ 全員。",
  "inventory.privateParts":
    "Roblox は {{who}} のインベントリのこの部分を表示しませんでした。プライベートサーバーと購入したプレースは、インベントリが公開でも持ち主自身の API キーにしか表示されません。インベントリ自体が非公開の場合、持ち主は roblox.com で公開できます: 設定 → プライバシー → その他の設定 →「インベントリを表示できるユーザー」→ 全員。",
  "inventory.badId.asset":
    "$t(cmd.inventory.opt.asset_ids.name) の {{entry}} はアセット ID ではありません。ID は 1028595 のような整数です。カンマで区切ってください。",
  "inventory.badId.badge":
    "$t(cmd.inventory.opt.badge_ids.name) の {{entry}} はバッジ ID ではありません。ID は 2124567890 のような整数です。カンマで区切ってください。",
  "inventory.badId.gamePass":
    "$t(cmd.inventory.opt.game_pass_ids.name) の {{entry}} はパス ID ではありません。ID は 83167572 のような整数です。カンマで区切ってください。",
  "inventory.badId.privateServer":
    "$t(cmd.inventory.opt.private_server_ids.name) の {{entry}} はプライベートサーバー ID ではありません。ID は 175156 のような整数です。カンマで区切ってください。",
  "inventory.unknownType":
    "$t(cmd.inventory.opt.asset_types.name) の {{entry}} はインベントリのアセットタイプではありません。オプションに入力し始めると、帽子やクラシックシャツなどのリストから選べます。",
  "inventory.unknownTypeSuggest":
    "$t(cmd.inventory.opt.asset_types.name) の {{entry}} はインベントリのアセットタイプではありません。{{suggestions}} のことですか？",
  "inventory.kindsAndIds":
    "Roblox は1回のリクエストでアイテムの種類の一覧と ID の確認を同時に行えません。{{kinds}}（ユーザーが持っているものを一覧表示）か {{ids}}（その ID を持っているか確認）のどちらか一方を使ってください。",
  "inventory.assetsAndTypes":
    "$t(cmd.inventory.opt.assets.name)（すべてのアセットタイプ）か $t(cmd.inventory.opt.asset_types.name)（指定したタイプのみ）のどちらか一方を使ってください。",
  "inventory.tooManyIds":
    "1回の確認で見られる ID は最大 {{max, number}} 件ですが、{{given, number}} 件指定されました。複数のコマンドに分けてください。",
  "inventory.assetsFalseBut":
    "$t(cmd.inventory.opt.assets.name):false はアセットを除外しますが、{{option}} はアセットを求めています。どちらか一方を外してください。",
  "inventory.nothingLeft":
    "$t(cmd.inventory.opt.assets.name)、$t(cmd.inventory.opt.badges.name)、$t(cmd.inventory.opt.game_passes.name)、$t(cmd.inventory.opt.private_servers.name) がすべて false だと、一覧に残るものがありません。見たい種類を true にするか、すべて省略してすべてを一覧表示してください。",
  "upload.serverOnly": "アップロードはサーバー内でのみ使えます。",
  "upload.offEverywhere":
    "アップロードは無効です: ボットの運営者がどのサーバーでもアップロードを有効にしていません（UPLOAD_GUILD_IDS）。",
  "upload.offHere":
    "ボットの運営者はこのサーバーでアップロードを有効にしていません。ボットを運営している人に、このサーバーを UPLOAD_GUILD_IDS に追加するよう頼んでください。",
  "upload.noCreator": "アップロードは無効です: ボットの管理者が ROBLOX_UPLOAD_CREATOR を設定していません。",
  "upload.needPermission":
    "Roblox にアップロードできるのは「エモートやスタンプなどの管理」権限を持つメンバーだけです。",
  "upload.needRole":
    "ボットの運営者は、ここでのアップロードを次のいずれかのロールを持つメンバーにのみ許可しています: {{roles}}。サーバー管理者にロールを付与してもらってください。",
  "upload.cooldown":
    "少し前にアップロードしたばかりです。{{seconds, number}} 秒後にまたアップロードできます。",
  "upload.dailyCap":
    "このサーバーは今日の {{cap, number}} 件のアップロードを使い切りました。{{resets}}にまたアップロードできます。",
  "upload.empty": "その添付ファイルは空です。",
  "upload.tooBig":
    "そのファイルは {{size}} ですが、アップロードできるのは最大 {{limit}} です。何もダウンロードしていません。",
  "upload.noLink": "その添付ファイルには使えるリンクがありません。もう一度ファイルを添付してください。",
  "upload.notOnCdn":
    "そのファイルは Discord の CDN 上にないため、ボットは取得しません。ファイル自体を添付してください。",
  "upload.typeMismatch": "{{requested}} が選ばれましたが、そのファイルは{{actual}}です。{{needs}}",
  "upload.needs.Decal": "デカールのアップロードには画像（PNG、JPEG、BMP、TGA）が必要です。",
  "upload.needs.Audio": "オーディオのアップロードには音声ファイル（MP3、OGG、WAV、FLAC）が必要です。",
  "upload.needs.Model": "モデルのアップロードにはモデル（FBX、glTF、GLB、RBXM、RBXMX）が必要です。",
  "upload.unsupported":
    "そのファイルは{{description}}です。Roblox が受け付けるのは画像（PNG、JPEG、BMP、TGA）、音声（MP3、OGG、WAV、FLAC）、モデル（FBX、glTF、GLB、RBXM、RBXMX）です。",
  "upload.unsupportedNamed":
    "そのファイルは、名前が {{extension}} で終わっていても{{description}}です。Roblox が受け付けるのは画像（PNG、JPEG、BMP、TGA）、音声（MP3、OGG、WAV、FLAC）、モデル（FBX、glTF、GLB、RBXM、RBXMX）です。",
  "upload.noVersions":
    "Roblox では {{type}} アセットの新しいバージョンは作れず、モデルだけが対象です。新しい {{type}} をアップロードするには $t(cmd.upload.opt.asset_id.name) を省略してください。",
  "upload.fbxOnly":
    "Roblox はモデルの新しいバージョンを .fbx ファイルでしか受け付けません。他のモデル形式（glTF、GLB、RBXM、RBXMX）は新しいモデルとしてのみアップロードできます。モデルを FBX で書き出すか、$t(cmd.upload.opt.asset_id.name) を省略して新しいモデルをアップロードしてください。",
  "upload.assetIdNotNumeric":
    "$t(cmd.upload.opt.asset_id.name) には、あなたのモデルアセットの数字の ID を指定してください。",
  "upload.assetIdInvalid":
    "$t(cmd.upload.opt.asset_id.name) {{id}} は Roblox のアセット ID になりえません: ID は 1 以上の整数で、先頭に 0 は付きません。create.roblox.com のアセットのページから ID をコピーしてください。",
  "upload.descriptionTooLong": "説明は最大 {{max, number}} 文字までです。",
  "upload.quotaUser":
    "ユーザー {{owner}} のオーディオのアップロード上限に達しました: {{period}}のオーディオアップロード {{capacity, number}} 件中 {{usage, number}} 件。{{reset}}Roblox には何も送信していません。",
  "upload.quotaGroup":
    "グループ {{group}} へのアップロードは、ボットの API キーの持ち主であるユーザー {{owner}} の上限に数えられます（Roblox はアップロード上限をグループではなくユーザーごとに管理しています）。その上限に達しました: {{period}}のオーディオアップロード {{capacity, number}} 件中 {{usage, number}} 件。{{reset}}Roblox には何も送信していません。",
  "upload.quotaPeriod.day": "今日",
  "upload.quotaPeriod.month": "今月",
  "upload.quotaReset": "{{date}}にリセットされます。",
  "upload.tooLargeStream":
    "そのファイルは申告より大きかったため（{{limit}} 超）、ダウンロードを中止しました。",
  "upload.downloadFailed":
    "ボットは Discord からそのファイルをダウンロードできませんでした。しばらくしてからもう一度お試しください。",
  "upload.linkExpired":
    "Discord はその添付ファイルをもう提供していません（リンクの期限切れ）。もう一度ファイルを添付してください。",
  "upload.downloadBroke":
    "Discord からのダウンロードが途中で切れました。しばらくしてからもう一度お試しください。",
  "upload.unreadable": "ファイルを読み取れませんでした。",
  "upload.botSide": "ボット側で問題が発生しました。何も作成されていません。",
  "upload.interrupted":
    "Roblox が応答する前にアップロードが中断されました（ボットの再起動または接続切れ）。Roblox に届いたかどうかは分かりません。もう一度アップロードする前に https://create.roblox.com/dashboard/creations を確認してください。",
  "upload.restartedWhileDownloading":
    "ファイルのダウンロード中にボットが再起動しました。Roblox には何も送信していません。もう一度 /upload を実行してください。",
  "upload.nameModerated":
    "Roblox のモデレーションが名前を承認しませんでした。別の `$t(cmd.upload.opt.name.name)` を選んでもう一度アップロードしてください。",
  "upload.descriptionModerated":
    "Roblox のモデレーションが説明を承認しませんでした。`$t(cmd.upload.opt.description.name)` を変更してもう一度アップロードしてください。",
  "upload.invalidImage":
    "Roblox は画像を読み取れませんでした。破損しているか、8000×8000 ピクセルより大きい可能性があります。",
  "upload.quotaUsed":
    "このアカウントの Roblox のアップロード上限に達しました（オーディオ: 月10件、ID 認証済みアカウントは100件）。来月もう一度お試しください。",
  "upload.noAssetToUpdate": "ボットが更新できるアセット {{id}} は Roblox にありません。",
  "upload.keyCannotUpload":
    "ボットの Roblox API キーは設定されたクリエイターとしてアップロードできません。ボットの管理者が ROBLOX_UPLOAD_CREATOR とキーの権限を確認する必要があります。",
  "upload.keyCannotUpdate": "ボットの Roblox API キーではアセット {{id}} を更新できません。",
  "upload.refusedFile": "Roblox がファイルを拒否しました。その種類の正しいファイルか確認してください。",
  "upload.refusedVersion":
    "Roblox が新しいバージョンを拒否しました。新しいバージョンを作れるのはモデルだけで、正しい .fbx ファイルからのみです。",
  "upload.couldNotTake": "Roblox は現在アップロードを受け付けられませんでした。後でもう一度お試しください。",
  "upload.moderationRejected": "Roblox のモデレーションで却下されました。",
  "upload.couldNotProcess":
    "Roblox はファイルを処理できませんでした。破損しているか、Roblox が受け付けない形式のバリエーションの可能性があります。",
  "upload.timedOut":
    "1時間たっても Roblox の処理が終わりませんでした（オペレーション {{operation}}）。https://create.roblox.com/dashboard/creations を確認してください。",
  "upload.stillReviewing": "24時間たってもまだ審査中です。クリエイターダッシュボードを確認してください。",
  "upload.legacyText": "{{text}}",
  "web.tooMany.title": "リクエストが多すぎます",
  "web.tooMany.body": "1分待ってから、もう一度お試しください。",
  "web.unavailable.title": "後でもう一度お試しください",
  "web.unavailable.body": "このページは現在表示できません。",
} as const;

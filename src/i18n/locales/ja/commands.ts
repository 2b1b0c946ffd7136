/** ja: コマンド、オプション、選択肢の名前と説明。 */
export const jaCommands = {
  "opt.user.name": "ユーザー",
  "opt.user.description":
    "Roblox のユーザー名（例: builderman）、数字のユーザー ID、またはプロフィールリンク",
  "opt.private.name": "非公開",
  "opt.private.description": "自分だけに回答を表示（既定: チャンネルの全員）",
  "opt.member.name": "メンバー",
  "opt.member.description": "Roblox アカウントを連携した Discord メンバー（既定: あなた）",
  "cmd.user.name": "ユーザー",
  "cmd.user.description": "Roblox ユーザーのプロフィールを表示: 名前、ID、アカウントの古さ、アバター",
  "cmd.groups.name": "グループ",
  "cmd.groups.description":
    "ユーザーが入っている Roblox グループをロールとランク付きで一覧表示、または1つのグループを確認",
  "cmd.groups.opt.group.name": "グループ",
  "cmd.groups.opt.group.description": "このグループ ID だけを確認: ユーザーは入っているか、ランクは？",
  "cmd.inventory.name": "インベントリ",
  "cmd.inventory.description": "Roblox ユーザーのインベントリを閲覧、または特定のアイテムを持っているか確認",
  "cmd.inventory.opt.assets.name": "アセット",
  "cmd.inventory.opt.assets.description":
    "true: すべてのタイプのアセットを一覧表示。false: 除外。種類を選ばなければすべて表示",
  "cmd.inventory.opt.badges.name": "バッジ",
  "cmd.inventory.opt.badges.description": "true: バッジを一覧表示。false: 除外",
  "cmd.inventory.opt.game_passes.name": "パス",
  "cmd.inventory.opt.game_passes.description": "true: パスを一覧表示。false: 除外",
  "cmd.inventory.opt.private_servers.name": "プライベートサーバー",
  "cmd.inventory.opt.private_servers.description":
    "プライベートサーバーを一覧表示（Roblox は持ち主自身のキーにしか表示しません）",
  "cmd.inventory.opt.asset_types.name": "アセットタイプ",
  "cmd.inventory.opt.asset_types.description":
    "これらのアセットタイプだけを一覧表示、カンマ区切り（例: 帽子, クラシックシャツ）",
  "cmd.inventory.opt.collectibles_only.name": "コレクティブルのみ",
  "cmd.inventory.opt.collectibles_only.description":
    "Roblox 製のリミテッド（UGC リミテッドを除く）だけを一覧表示、全タイプまたは指定したタイプ",
  "cmd.inventory.opt.asset_ids.name": "アセットid",
  "cmd.inventory.opt.asset_ids.description":
    "ユーザーがこれらのアセット ID を持っているか確認（カンマ区切り）",
  "cmd.inventory.opt.badge_ids.name": "バッジid",
  "cmd.inventory.opt.badge_ids.description": "ユーザーがこれらのバッジ ID を持っているか確認（カンマ区切り）",
  "cmd.inventory.opt.game_pass_ids.name": "パスid",
  "cmd.inventory.opt.game_pass_ids.description":
    "ユーザーがこれらのパス ID を持っているか確認（カンマ区切り）",
  "cmd.inventory.opt.private_server_ids.name": "サーバーid",
  "cmd.inventory.opt.private_server_ids.description":
    "ユーザーがこれらのプライベートサーバー ID を持っているか確認（カンマ区切り）",
  "cmd.upload.name": "アップロード",
  "cmd.upload.description": "画像、サウンド、モデルをアセットとして Roblox にアップロード",
  "cmd.upload.opt.file.name": "ファイル",
  "cmd.upload.opt.file.description":
    "画像（PNG、JPEG、BMP、TGA）、サウンド（MP3、OGG、WAV、FLAC）、モデル（FBX、glTF、GLB、RBXM）",
  "cmd.upload.opt.name.name": "名前",
  "cmd.upload.opt.name.description": "Roblox での名前（既定: ファイル名）",
  "cmd.upload.opt.description.name": "説明",
  "cmd.upload.opt.description.description": "Roblox での説明",
  "cmd.upload.opt.type.name": "タイプ",
  "cmd.upload.opt.type.description": "アセットタイプ（既定: ファイルの内容から判断）",
  "cmd.upload.opt.type.choice.Auto": "自動",
  "cmd.upload.opt.type.choice.Decal": "デカール",
  "cmd.upload.opt.type.choice.Audio": "オーディオ",
  "cmd.upload.opt.type.choice.Model": "モデル",
  "cmd.upload.opt.asset_id.name": "アセットid",
  "cmd.upload.opt.asset_id.description":
    "新しいアセットではなく、このモデルアセットの新しいバージョンとしてアップロード（.fbx のみ）",
  "cmd.uploads.name": "アップロード履歴",
  "cmd.uploads.description": "最近の /upload の実行とその結果",
} as const;

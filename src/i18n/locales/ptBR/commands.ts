/** pt-BR: nomes e descrições dos comandos, opções e escolhas. */
export const ptBRCommands = {
  "opt.user.name": "usuário",
  "opt.user.description": "Nome de usuário do Roblox (ex.: builderman), ID numérico ou link do perfil",
  "opt.private.name": "privado",
  "opt.private.description": "Só você vê a resposta (padrão: todos no canal)",
  "opt.member.name": "membro",
  "opt.member.description": "Um membro do Discord que vinculou sua conta Roblox (padrão: você)",
  "cmd.user.name": "usuário",
  "cmd.user.description": "Mostra o perfil de um usuário do Roblox: nomes, ID, idade da conta, avatar",
  "cmd.groups.name": "grupos",
  "cmd.groups.description":
    "Lista os grupos do Roblox de um usuário, com cargo e nível, ou verifica um grupo",
  "cmd.groups.opt.group.name": "grupo",
  "cmd.groups.opt.group.description": "Só verificar este ID de grupo: o usuário está nele, e em que nível?",
  "cmd.inventory.name": "inventário",
  "cmd.inventory.description":
    "Navega pelo inventário de um usuário do Roblox, ou verifica se ele tem certos itens",
  "cmd.inventory.opt.assets.name": "recursos",
  "cmd.inventory.opt.assets.description":
    "Verdadeiro: lista recursos de todos os tipos. Falso: deixa de fora. Sem nenhum tipo, lista tudo",
  "cmd.inventory.opt.badges.name": "emblemas",
  "cmd.inventory.opt.badges.description": "Verdadeiro: lista emblemas. Falso: deixa de fora",
  "cmd.inventory.opt.game_passes.name": "passes",
  "cmd.inventory.opt.game_passes.description": "Verdadeiro: lista passes. Falso: deixa de fora",
  "cmd.inventory.opt.private_servers.name": "servidores_privados",
  "cmd.inventory.opt.private_servers.description":
    "Lista servidores privados (o Roblox só os mostra à própria chave do dono)",
  "cmd.inventory.opt.asset_types.name": "tipos_de_recurso",
  "cmd.inventory.opt.asset_types.description":
    "Lista só estes tipos de recurso, separados por vírgula (ex.: Chapéu, Camisa clássica)",
  "cmd.inventory.opt.collectibles_only.name": "só_colecionáveis",
  "cmd.inventory.opt.collectibles_only.description":
    "Lista só Limiteds feitos pelo Roblox (não Limiteds UGC), de todos os tipos ou dos tipos pedidos",
  "cmd.inventory.opt.asset_ids.name": "ids_de_recursos",
  "cmd.inventory.opt.asset_ids.description":
    "Verifica se o usuário tem estes IDs de recurso (separados por vírgula)",
  "cmd.inventory.opt.badge_ids.name": "ids_de_emblemas",
  "cmd.inventory.opt.badge_ids.description":
    "Verifica se o usuário tem estes IDs de emblema (separados por vírgula)",
  "cmd.inventory.opt.game_pass_ids.name": "ids_de_passes",
  "cmd.inventory.opt.game_pass_ids.description":
    "Verifica se o usuário tem estes IDs de passe (separados por vírgula)",
  "cmd.inventory.opt.private_server_ids.name": "ids_de_servidores",
  "cmd.inventory.opt.private_server_ids.description":
    "Verifica se o usuário tem estes IDs de servidor privado (separados por vírgula)",
  "cmd.upload.name": "enviar",
  "cmd.upload.description": "Envia uma imagem, um som ou um modelo para o Roblox como recurso",
  "cmd.upload.opt.file.name": "arquivo",
  "cmd.upload.opt.file.description":
    "Uma imagem (PNG, JPEG, BMP, TGA), um som (MP3, OGG, WAV, FLAC) ou um modelo (FBX, glTF, GLB, RBXM)",
  "cmd.upload.opt.name.name": "nome",
  "cmd.upload.opt.name.description": "Nome no Roblox (padrão: o nome do arquivo)",
  "cmd.upload.opt.description.name": "descrição",
  "cmd.upload.opt.description.description": "Descrição no Roblox",
  "cmd.upload.opt.type.name": "tipo",
  "cmd.upload.opt.type.description": "Tipo de recurso (padrão: decidido pelo conteúdo do arquivo)",
  "cmd.upload.opt.type.choice.Auto": "Automático",
  "cmd.upload.opt.type.choice.Decal": "Decalque",
  "cmd.upload.opt.type.choice.Audio": "Áudio",
  "cmd.upload.opt.type.choice.Model": "Modelo",
  "cmd.upload.opt.asset_id.name": "id_do_recurso",
  "cmd.upload.opt.asset_id.description":
    "Envia como nova versão deste recurso do tipo Modelo em vez de um novo recurso (só arquivos .fbx)",
  "cmd.uploads.name": "envios",
  "cmd.uploads.description": "Seus usos recentes de /upload e os resultados",
} as const;

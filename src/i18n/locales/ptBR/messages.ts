/** pt-BR: respostas, recusas e falhas. */
export const ptBRMessages = {
  "quote.input": "“{{text}}”",
  "failure.storeUnavailable":
    "O bot não consegue acessar o armazenamento dele agora, então não pôde terminar isto. Tente de novo em um minuto.",
  "failure.restarting": "O bot está reiniciando. Tente de novo daqui a pouco.",
  "failure.expiredComponent": "Estes botões não funcionam mais. Use o comando de novo.",
  "failure.unexpected":
    "Algo deu errado do nosso lado. Se continuar acontecendo, passe esta referência para o dono do bot: {{reference}}",
  "failure.rateLimited_one":
    "O Roblox está limitando a frequência dos pedidos do bot agora. Tente de novo em um segundo.",
  "failure.rateLimited_many":
    "O Roblox está limitando a frequência dos pedidos do bot agora. Tente de novo em {{count, number}} segundos.",
  "failure.rateLimited_other":
    "O Roblox está limitando a frequência dos pedidos do bot agora. Tente de novo em {{count, number}} segundos.",
  "failure.unavailable": "O Roblox não está respondendo agora. Tente de novo em um minuto.",
  "failure.ipNotAllowed":
    "O Roblox não aceita a chave de API do bot a partir do endereço onde o bot roda. O dono do bot precisa adicioná-lo aos Endereços IP aceitos da chave no Painel do Criador (execute `npm run doctor`).",
  "failure.keyRefused":
    "O Roblox recusou a chave de API do bot. O dono do bot precisa verificar ROBLOX_API_KEY (execute `npm run doctor`).",
  "failure.missingScope":
    "A chave de API do Roblox do bot não tem a permissão `{{scope}}`. O dono do bot pode adicioná-la no Painel do Criador do Roblox.",
  "failure.permissionDenied":
    "O Roblox não deixou o bot ler isso. Pode ser privado, ou a chave de API do bot pode não ter uma permissão.",
  "failure.oldMessageEdits":
    "O Discord limita as edições de mensagens com mais de uma hora, e esta atingiu esse limite por enquanto. Use o comando de novo para ter uma lista nova.",
  "failure.placeholderClosed": "Este comando não terminou.",
  "pager.expired": "Esta lista expirou. Use o comando de novo para navegar nela.",
  "pager.notOwner":
    "Só quem usou este comando pode virar as páginas. Use /{{command}} você mesmo para navegar.",
  "pager.busy": "Esta lista ainda está mudando de página. Aperte o botão de novo daqui a pouco.",
  "users.lookupLimited_one":
    "O Roblox está limitando as buscas de nomes de usuário agora, então o bot não conseguiu procurar {{name}}. Tente de novo em um segundo ou informe o ID numérico do usuário.",
  "users.lookupLimited_many":
    "O Roblox está limitando as buscas de nomes de usuário agora, então o bot não conseguiu procurar {{name}}. Tente de novo em {{count, number}} segundos ou informe o ID numérico do usuário.",
  "users.lookupLimited_other":
    "O Roblox está limitando as buscas de nomes de usuário agora, então o bot não conseguiu procurar {{name}}. Tente de novo em {{count, number}} segundos ou informe o ID numérico do usuário.",
  "users.noSuchName": "Nenhum usuário do Roblox se chama {{name}}.",
  "users.noSuchId": "Nenhum usuário do Roblox tem o ID {{id}}.",
  "users.badReference":
    "{{typed}} não é um nome de usuário, ID de usuário ou link de perfil do Roblox. Nomes de usuário têm letras, dígitos e sublinhados (sem espaços nem outros símbolos); IDs são números.",
  "users.idStartsAtOne": "{{typed}} não é um ID de usuário do Roblox: os IDs começam em 1.",
  "users.idTooLong": "{{typed}} não é um ID de usuário do Roblox: é longo demais para ser um.",
  "groups.noSuchId": "Nenhum grupo do Roblox tem o ID {{id}}.",
  "inventory.private":
    "O inventário de {{who}} é privado, então o Roblox não o mostra ao bot. O dono pode torná-lo visível em roblox.com: Configurações → Privacidade → Outras configurações → “Quem pode ver meu inventário?” → Todos.",
  "inventory.privateParts":
    "O Roblox não mostrou esta parte do inventário de {{who}}. Servidores privados e lugares comprados só são mostrados à própria chave de API do dono, mesmo com o inventário público; e se o próprio inventário for privado, o dono pode torná-lo visível em roblox.com: Configurações → Privacidade → Outras configurações → “Quem pode ver meu inventário?” → Todos.",
  "inventory.badId.asset":
    "Em $t(cmd.inventory.opt.asset_ids.name), {{entry}} não é um ID de recurso. IDs são números inteiros, como 1028595; separe-os com vírgulas.",
  "inventory.badId.badge":
    "Em $t(cmd.inventory.opt.badge_ids.name), {{entry}} não é um ID de emblema. IDs são números inteiros, como 2124567890; separe-os com vírgulas.",
  "inventory.badId.gamePass":
    "Em $t(cmd.inventory.opt.game_pass_ids.name), {{entry}} não é um ID de passe. IDs são números inteiros, como 83167572; separe-os com vírgulas.",
  "inventory.badId.privateServer":
    "Em $t(cmd.inventory.opt.private_server_ids.name), {{entry}} não é um ID de servidor privado. IDs são números inteiros, como 175156; separe-os com vírgulas.",
  "inventory.unknownType":
    "Em $t(cmd.inventory.opt.asset_types.name), {{entry}} não é um tipo de recurso do inventário. Comece a digitar na opção para escolher da lista, como Chapéu ou Camisa clássica.",
  "inventory.unknownTypeSuggest":
    "Em $t(cmd.inventory.opt.asset_types.name), {{entry}} não é um tipo de recurso do inventário. Você quis dizer {{suggestions}}?",
  "inventory.kindsAndIds":
    "O Roblox não consegue listar tipos de itens e verificar IDs no mesmo pedido. Use {{kinds}} (para listar o que o usuário tem) ou {{ids}} (para verificar se ele tem esses IDs), não os dois.",
  "inventory.assetsAndTypes":
    "Use $t(cmd.inventory.opt.assets.name) (todos os tipos de recurso) ou $t(cmd.inventory.opt.asset_types.name) (só os tipos que você citar), não os dois.",
  "inventory.tooManyIds":
    "Uma verificação olha no máximo {{max, number}} IDs; você informou {{given, number}}. Divida-os em vários comandos.",
  "inventory.assetsFalseBut":
    "$t(cmd.inventory.opt.assets.name):false deixa os recursos de fora, mas {{option}} pede alguns. Tire uma das duas opções.",
  "inventory.nothingLeft":
    "Com $t(cmd.inventory.opt.assets.name), $t(cmd.inventory.opt.badges.name), $t(cmd.inventory.opt.game_passes.name) e $t(cmd.inventory.opt.private_servers.name) todos falsos, não sobra nada para listar. Marque como verdadeiro os tipos que você quer, ou deixe todos de fora para listar tudo.",
  "upload.serverOnly": "Os envios só funcionam em um servidor.",
  "upload.offEverywhere":
    "Os envios estão desativados: o operador do bot não ativou envios em nenhum servidor (UPLOAD_GUILD_IDS).",
  "upload.offHere":
    "O operador do bot não ativou envios neste servidor. Peça a quem roda o bot para adicionar este servidor a UPLOAD_GUILD_IDS.",
  "upload.noCreator": "Os envios estão desativados: o dono do bot não definiu ROBLOX_UPLOAD_CREATOR.",
  "upload.needPermission": "Só membros com a permissão Gerenciar expressões podem enviar para o Roblox.",
  "upload.needRole":
    "O operador do bot só permite envios aqui para membros com um destes cargos: {{roles}}. Peça a um administrador do servidor para dar um a você.",
  "upload.cooldown": "Você enviou algo agora há pouco. Pode enviar de novo em {{seconds, number}} s.",
  "upload.dailyCap":
    "Este servidor já usou os {{cap, number}} envios de hoje. Dá para enviar mais {{resets}}.",
  "upload.empty": "Esse anexo está vazio.",
  "upload.tooBig": "Esse arquivo tem {{size}}; os envios podem ter no máximo {{limit}}. Nada foi baixado.",
  "upload.noLink": "Esse anexo não tem um link utilizável. Anexe o arquivo de novo.",
  "upload.notOnCdn":
    "Esse arquivo não está na CDN do Discord, então o bot não vai buscá-lo. Anexe o próprio arquivo.",
  "upload.typeMismatch": "Você escolheu {{requested}}, mas esse arquivo é {{actual}}. {{needs}}",
  "upload.needs.Decal": "Um envio de Decalque precisa de uma imagem (PNG, JPEG, BMP ou TGA).",
  "upload.needs.Audio": "Um envio de Áudio precisa de um arquivo de áudio (MP3, OGG, WAV ou FLAC).",
  "upload.needs.Model": "Um envio de Modelo precisa de um modelo (FBX, glTF, GLB, RBXM ou RBXMX).",
  "upload.unsupported":
    "Esse arquivo é {{description}}. O Roblox aceita imagens (PNG, JPEG, BMP, TGA), áudio (MP3, OGG, WAV, FLAC) e modelos (FBX, glTF, GLB, RBXM, RBXMX).",
  "upload.unsupportedNamed":
    "Esse arquivo é {{description}}, mesmo que o nome termine em {{extension}}. O Roblox aceita imagens (PNG, JPEG, BMP, TGA), áudio (MP3, OGG, WAV, FLAC) e modelos (FBX, glTF, GLB, RBXM, RBXMX).",
  "upload.noVersions":
    "O Roblox não permite novas versões de recursos do tipo {{type}}, só de Modelos. Deixe $t(cmd.upload.opt.asset_id.name) de fora para enviar um novo recurso do tipo {{type}}.",
  "upload.fbxOnly":
    "O Roblox só aceita novas versões de um Modelo como arquivos .fbx; outros formatos de modelo (glTF, GLB, RBXM, RBXMX) só podem ser enviados como Modelos novos. Exporte o modelo como FBX, ou deixe $t(cmd.upload.opt.asset_id.name) de fora para enviar um Modelo novo.",
  "upload.assetIdNotNumeric":
    "$t(cmd.upload.opt.asset_id.name) precisa ser o ID numérico de um dos seus recursos do tipo Modelo.",
  "upload.assetIdInvalid":
    "$t(cmd.upload.opt.asset_id.name) {{id}} não pode ser um ID de recurso do Roblox: IDs são números inteiros a partir de 1, sem zeros à esquerda. Copie o ID da página do recurso em create.roblox.com.",
  "upload.descriptionTooLong": "A descrição pode ter no máximo {{max, number}} caracteres.",
  "upload.quotaUser":
    "A cota de envios de áudio do usuário {{owner}} acabou: {{usage, number}} de {{capacity, number}} envios de áudio {{period}}.{{reset}} Nada foi enviado ao Roblox.",
  "upload.quotaGroup":
    "Envios para o grupo {{group}} contam na cota do usuário {{owner}}, dono da chave de API do bot (o Roblox mantém as cotas de envio por usuário, não por grupo), e ela acabou: {{usage, number}} de {{capacity, number}} envios de áudio {{period}}.{{reset}} Nada foi enviado ao Roblox.",
  "upload.quotaPeriod.day": "hoje",
  "upload.quotaPeriod.month": "neste mês",
  "upload.quotaReset": " Ela é renovada em {{date}}.",
  "upload.tooLargeStream":
    "Esse arquivo é maior do que dizia ser (mais de {{limit}}), então o download foi interrompido.",
  "upload.downloadFailed": "O bot não conseguiu baixar esse arquivo do Discord. Tente de novo daqui a pouco.",
  "upload.linkExpired": "O Discord não serve mais esse anexo (o link expirou). Anexe o arquivo de novo.",
  "upload.downloadBroke": "O download do Discord foi interrompido. Tente de novo daqui a pouco.",
  "upload.unreadable": "Não foi possível ler o arquivo.",
  "upload.botSide": "Algo deu errado do lado do bot; nada foi criado.",
  "upload.interrupted":
    "O envio foi interrompido (o bot reiniciou ou perdeu a conexão) antes de o Roblox responder, então ele pode ou não ter chegado ao Roblox. Confira https://create.roblox.com/dashboard/creations antes de enviar de novo.",
  "upload.restartedWhileDownloading":
    "O bot reiniciou enquanto baixava o arquivo; nada foi enviado ao Roblox. Use /upload de novo.",
  "upload.nameModerated":
    "A moderação do Roblox não aceitou o nome. Escolha outro `$t(cmd.upload.opt.name.name)` e envie de novo.",
  "upload.descriptionModerated":
    "A moderação do Roblox não aceitou a descrição. Mude a `$t(cmd.upload.opt.description.name)` e envie de novo.",
  "upload.invalidImage":
    "O Roblox não conseguiu ler a imagem. Ela pode estar danificada ou ser maior que 8000×8000 pixels.",
  "upload.quotaUsed":
    "A cota de envios do Roblox para esta conta acabou (áudio: 10 por mês, ou 100 para contas com ID verificado). Tente de novo no mês que vem.",
  "upload.noAssetToUpdate": "O Roblox não tem um recurso {{id}} que o bot possa atualizar.",
  "upload.keyCannotUpload":
    "A chave de API do Roblox do bot não pode enviar pelo criador configurado. O dono do bot precisa verificar ROBLOX_UPLOAD_CREATOR e as permissões da chave.",
  "upload.keyCannotUpdate": "A chave de API do Roblox do bot não pode atualizar o recurso {{id}}.",
  "upload.refusedFile": "O Roblox recusou o arquivo. Verifique se ele é um arquivo válido do seu tipo.",
  "upload.refusedVersion":
    "O Roblox recusou a nova versão. Só Modelos podem ter novas versões, e só a partir de um arquivo .fbx válido.",
  "upload.couldNotTake": "O Roblox não conseguiu receber o envio agora. Tente de novo mais tarde.",
  "upload.moderationRejected": "A moderação do Roblox rejeitou.",
  "upload.couldNotProcess":
    "O Roblox não conseguiu processar o arquivo. Ele pode estar danificado ou ser uma variante do formato que o Roblox não aceita.",
  "upload.timedOut":
    "O Roblox ainda não tinha terminado de processar depois de uma hora (operação {{operation}}). Confira https://create.roblox.com/dashboard/creations.",
  "upload.stillReviewing": "Ainda em análise depois de 24 h; confira o Painel do Criador.",
  "upload.legacyText": "{{text}}",
  "web.tooMany.title": "Pedidos demais",
  "web.tooMany.body": "Espere um minuto e tente de novo.",
  "web.unavailable.title": "Tente mais tarde",
  "web.unavailable.body": "Esta página não pode ser exibida agora.",
} as const;

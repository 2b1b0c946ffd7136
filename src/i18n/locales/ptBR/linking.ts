import type { enUSLinking } from "../enUS/linking.js";

/** pt-BR: /link, its private replies, and the account-linking pages. */
export const ptBRLinking = {
  "cmd.link.name": "vincular",
  "cmd.link.description": "Vincula sua conta do Discord à conta do Roblox com que você entrar",
  "link.reply.prompt":
    "Aperte o botão para entrar no Roblox e vincular sua conta. Ele funciona uma vez e expira {{expires}}.\n\n**Nunca compartilhe este botão.** Ele é só seu: a página que ele abre mostra sua conta do Discord, e nada é vinculado até você confirmar lá.\n\nSe o Roblox mostrar a própria página de erro e nunca trouxer você de volta (um app que o Roblox ainda não revisou aceita só 10 pessoas, e contas de menores de 13 anos não podem vincular), a vinculação pelo Roblox não está disponível para você agora. {{fallback}}",
  "link.reply.fallback.admin": "Avise um administrador do servidor.",
  "link.reply.fallback.profile":
    "Você pode vincular de outro jeito: execute /$t(cmd.link.name) de novo e escolha o método “$t(cmd.link.opt.method.choice.profile)”.",
  "link.reply.button": "Vincular com o Roblox",
  "link.reply.tooMany": "Você iniciou o /link vezes demais. Espere alguns minutos e execute de novo.",
  "link.reply.off":
    "A vinculação não está configurada neste bot. Peça ao dono dele para configurar o login do Roblox.",
  "link.reply.linked": "Vinculado como {{roblox}}. Seu ID de usuário do Roblox é {{robloxId}}.",
  "link.page.confirm.title": "Vincular estas contas?",
  "link.page.confirm.discord": "Conta do Discord que pediu a vinculação:",
  "link.page.confirm.roblox": "Conta do Roblox com que você entrou:",
  "link.page.confirm.warning":
    "Se você não executou o /link, ou se esta não é a sua conta do Discord, aperte Cancelar: alguém pode ter enviado o botão dele para você.",
  "link.page.confirm.button": "Confirmar",
  "link.page.cancel.button": "Cancelar",
  "link.page.done.title": "Vinculado",
  "link.page.done.body":
    "{{discord}} agora está vinculado à conta do Roblox {{roblox}}. Você pode fechar esta página.",
  "link.page.refused.title": "Não vinculado",
  "link.page.refused.expired":
    "Este link expirou ou já foi usado. Execute /link no Discord de novo para receber um botão novo.",
  "link.page.refused.otherBrowser":
    "Este login não começou neste navegador, então nada foi vinculado. Execute /link no Discord de novo e abra o botão novo aqui.",
  "link.page.refused.denied": "Você recusou no Roblox, então nada foi vinculado.",
  "link.page.refused.robloxError":
    "O Roblox não concluiu o login, então nada foi vinculado. Execute /link para tentar de novo.",
  "link.page.refused.signInFailed":
    "Não foi possível verificar o login, então nada foi vinculado. Execute /link no Discord para tentar de novo.",
  "link.page.refused.unavailable":
    "O Roblox não está respondendo agora. Execute /link daqui a alguns minutos para tentar de novo.",
  "link.page.refused.badForm":
    "Não foi possível verificar este formulário, então nada foi vinculado. Execute /link para começar de novo.",
  "link.page.refused.cancelled": "Cancelado: nada foi vinculado.",
  "link.page.refused.tooMany": "Tentativas demais. Espere alguns minutos e execute /link de novo.",
  "cmd.link.opt.method.name": "metodo",
  "cmd.link.opt.method.description": "Como provar que a conta Roblox é sua (padrão: entrar com o Roblox)",
  "cmd.link.opt.method.choice.oauth": "Entrar com o Roblox",
  "cmd.link.opt.method.choice.profile": "Uma frase no meu perfil do Roblox",
  "cmd.link.opt.account.name": "conta",
  "cmd.link.opt.account.description": "Seu nome de usuário ou ID do Roblox (para a frase no perfil)",
  "link.reply.methodOff": "Essa forma de vincular está desativada neste bot. Use /link sem um método.",
  "link.profile.needAccount":
    "Para vincular com uma frase no perfil, informe seu nome de usuário ou ID do Roblox na opção conta.",
  "link.profile.prompt":
    "Adicione esta frase à seção Sobre do perfil do Roblox do usuário {{account}}, salve e aperte o botão. A frase expira {{expires}}.\n\n`{{phrase}}`",
  "link.profile.button": "Já adicionei",
  "link.profile.notFound":
    "A frase ainda não está na seção Sobre do usuário {{account}} do Roblox, então nada foi vinculado. Confira se está exatamente igual, salve o perfil e aperte o botão de novo.",
  "link.profile.expired":
    "Esta frase expirou, então nada foi vinculado. Use /link method:profile de novo para obter outra.",
  "link.profile.tooSoon": "Espere 10 segundos antes de verificar o perfil de novo.",
  "link.profile.linked":
    "Vinculado como {{roblox}} (frase no perfil). Seu ID de usuário do Roblox é {{robloxId}}. Agora você pode remover a frase do perfil.",
  "link.moved.dm":
    "A conta Roblox {{roblox}} agora está vinculada a outra conta do Discord e não está mais vinculada à sua. Se não foi você, use /link para vinculá-la de novo.",
  "cmd.unlink.name": "desvincular",
  "cmd.unlink.description": "Remova o vínculo entre sua conta do Discord e sua conta Roblox",
  "unlink.notLinked":
    "Sua conta do Discord não está vinculada a uma conta Roblox, então não havia nada para remover.",
  "unlink.done":
    "Desvinculado: sua conta do Discord não está mais vinculada a {{roblox}}. O bot não guardou nenhum acesso ao Roblox para este vínculo, então não havia nada para revogar no Roblox. O Roblox lista os apps que você autorizou em “Third-party app authorizations”, em {{url}}.",
  "target.selfNotLinked":
    "Você não vinculou uma conta Roblox. Informe um usuário do Roblox ou use /link primeiro.",
  "target.memberNotLinked":
    "Esse membro não tem uma conta Roblox vinculada visível neste servidor. Informe um usuário do Roblox.",
  "cmd.link.opt.access.name": "acesso",
  "cmd.link.opt.access.description":
    "Deixe o bot também agir por você no Roblox: o Roblox vai pedir este acesso",
  "cmd.link.opt.access.choice.inventory": "Ler meu inventário privado",
  "cmd.link.opt.access.choice.uploads": "Enviar para minha conta do Roblox",
  "grant.inventoryNeeded":
    "Seu inventário é privado no Roblox. Para listá-lo aqui, execute /$t(cmd.link.name) com $t(cmd.link.opt.access.name) “$t(cmd.link.opt.access.choice.inventory)” e permita no Roblox.",
  "grant.missingScope.inventory":
    "O acesso que você deu ao bot no Roblox não inclui {{scope}}, que isto precisa. Execute /$t(cmd.link.name) com $t(cmd.link.opt.access.name) “$t(cmd.link.opt.access.choice.inventory)” e permita no Roblox.",
  "grant.missingScope.uploads":
    "O acesso que você deu ao bot no Roblox não inclui {{scope}}, que isto precisa. Execute /$t(cmd.link.name) com $t(cmd.link.opt.access.name) “$t(cmd.link.opt.access.choice.uploads)” e permita no Roblox.",
  "grant.lapsed":
    "O Roblox não aceita mais o acesso que você deu ao bot (foi revogado ou ficou 90 dias sem uso). Execute /$t(cmd.link.name) de novo para dá-lo outra vez.",
  "grant.unavailable": "O Roblox não renovou seu acesso agora. Tente de novo daqui a um minuto.",
  "grant.uploadsNeeded":
    "Para enviar para sua própria conta do Roblox, execute /$t(cmd.link.name) com $t(cmd.link.opt.access.name) “$t(cmd.link.opt.access.choice.uploads)” e permita no Roblox.",
  "upload.selfOff":
    "Envios para as contas do Roblox dos próprios membros estão desligados neste servidor. Um admin do servidor pode ligá-los com /settings.",
  "cmd.upload.opt.to.name": "para",
  "cmd.upload.opt.to.description":
    "Qual conta do Roblox recebe o recurso (padrão: a sua, onde este servidor permite)",
  "cmd.upload.opt.to.choice.me": "Minha própria conta do Roblox",
  "cmd.upload.opt.to.choice.server": "A conta do operador do bot",
  "cmd.settings.opt.self-uploads.name": "envios-proprios",
  "cmd.settings.opt.self-uploads.description":
    "Deixa os membros enviarem para suas próprias contas do Roblox com /upload",
  "settings.selfUploads": "**envios-proprios** (membros enviam para a própria conta do Roblox): {{value}}",
  "settings.set.selfUploads.on": "Os membros agora podem enviar para suas próprias contas do Roblox.",
  "settings.set.selfUploads.off":
    "Os membros não podem mais enviar aqui para suas próprias contas do Roblox.",
  "settings.on": "ligado",
  "unlink.doneRevoked":
    "Desvinculado: sua conta do Discord não está mais vinculada a {{roblox}}, e o acesso que você deu ao bot no Roblox foi revogado. O Roblox lista os apps que você autorizou em “Autorizações de apps de terceiros” em {{url}}.",
} as const satisfies Record<keyof typeof enUSLinking, string>;

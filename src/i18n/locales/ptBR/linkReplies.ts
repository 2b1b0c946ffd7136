/** ptBR: the /link replies (the pages' text stays in src/text/linking.ts). */
export const ptBRLinkReplies = {
  "cmd.link.name": "link",
  "cmd.link.description": "Vincule sua conta do Discord à sua conta do Roblox",
  "link.reply.prompt":
    "Aperte o botão para entrar com o Roblox e vincular sua conta. Ele funciona uma vez, por 10 minutos. ({{expires}})\n\n**Nunca compartilhe este botão.** Ele é só seu: a página que ele abre mostra sua conta do Discord, e vincular exige sua confirmação explícita lá.\n\nSe o Roblox mostrar a própria página de erro e nunca te mandar de volta (um app ainda não revisado pelo Roblox aceita só 10 pessoas, e contas de menores de 13 não podem vincular), vincular pelo Roblox não está disponível para você agora; avise um admin do servidor.",
  "link.reply.tooMany": "Você iniciou /link vezes demais. Espere alguns minutos e use de novo.",
  "link.reply.off":
    "A vinculação não está configurada neste bot. Peça ao dono para configurar o login com o Roblox.",
} as const;

import type { SynastryCorpus } from "../relations-types.ts";

/** What synastry means, in English: by body, by aspect family, and the partner's planets by house. */
export const SYNASTRY: SynastryCorpus = {
  bodies: {
    sun: {
      short:
        "A Sun contact touches identity and purpose, so each of you tends to feel seen, or challenged, in who you are.",
      long: "Where one person's Sun meets the other's chart, the relationship deals in recognition and self-expression. The Sun person often lights up or directs that part of the other's life. Make room for both of you to shine, and notice when one of you starts to orbit the other.",
    },
    moon: {
      short:
        "A Moon contact touches feelings and comfort, shaping how safe, understood and cared for you feel with each other.",
      long: "Moon contacts speak to the everyday emotional climate between two people: moods, habits and the need to be looked after. When they flow, home feels easy together. When they rub, small routines become the place where feelings are hurt, so talk about needs plainly and early.",
    },
    mercury: {
      short:
        "A Mercury contact touches conversation and thinking, showing how easily you understand, tease and teach each other.",
      long: "Mercury contacts describe the talk between you: its speed, its humour and its misunderstandings. Some pairs finish each other's sentences, while others need to slow down and check what was meant. Keep the channel open with regular, unhurried conversation, and ask before assuming you know what the other meant.",
    },
    venus: {
      short:
        "A Venus contact touches affection and pleasure, adding warmth, attraction and shared taste to the time you spend together.",
      long: "Venus contacts sweeten a relationship and often mark a mutual liking that is easy to feel and hard to explain. They show what you enjoy together and how you show appreciation. Keep the pleasure alive with small gestures, and be honest when harmony starts to cover a disagreement.",
    },
    mars: {
      short:
        "A Mars contact touches desire and drive, bringing energy, attraction and the occasional spark of conflict between you.",
      long: "Mars contacts add heat: chemistry, shared projects and sometimes arguments that flare quickly. The energy works best when you point it at a common goal rather than at each other. Agree on fair ways to disagree, and treat competition as play when you can.",
    },
    jupiter: {
      short:
        "A Jupiter contact touches growth and generosity, so you tend to encourage each other and widen each other's world.",
      long: "Jupiter contacts bring goodwill, humour and a sense that the relationship is good for both of you. One person often opens doors, teaches or believes in the other. Enjoy the optimism while you watch for excess, since encouragement can slide into promising more than either of you can deliver.",
    },
    saturn: {
      short:
        "A Saturn contact touches commitment and duty, lending the bond weight and staying power along with some restraint.",
      long: "Saturn contacts often appear in lasting relationships, because they bring loyalty, structure and a serious intent. They can also feel heavy, with one person acting as critic or teacher. Let the steadiness build trust, and keep warmth and praise in the mix so that responsibility does not turn into control.",
    },
    uranus: {
      short:
        "A Uranus contact touches freedom and surprise, so the bond feels electric, unconventional and sometimes unpredictable.",
      long: "Uranus contacts wake people up: they bring excitement, fresh ideas and a sense that anything could happen. They also bring restlessness, and the need for space may clash with the wish for closeness. Build in freedom on purpose, and let the relationship change shape as you both grow.",
    },
    neptune: {
      short:
        "A Neptune contact touches dreams and ideals, bringing tenderness, romance and a longing that can blur what is real.",
      long: "Neptune contacts can feel enchanted, as if you have known each other a long time. They favour compassion, art and shared faith, yet they also invite idealising and quiet disappointment. Enjoy the magic while you keep talking about plain facts, such as money, plans and what each of you needs.",
    },
    pluto: {
      short:
        "A Pluto contact touches power and depth, making the bond intense, transforming and sometimes hard to walk away from.",
      long: "Pluto contacts go deep, stirring strong attraction, jealousy or the sense that the relationship changes you both. Questions of control and trust tend to come to the surface. Meet them with honesty and respect for each other's limits, and the intensity can become a source of real renewal.",
    },
    node: {
      short:
        "A North Node contact touches direction and purpose, so the relationship may feel meant to move one of you forward.",
      long: "Contacts with the lunar nodes often give a sense of fate or of unfinished business between two people. One person may help the other grow toward a new path, or tempt them back to an old one. Ask what the relationship is teaching you both, and choose the lessons that move you forward.",
    },
  },
  families: {
    conjunction: {
      short:
        "A conjunction between your charts merges two planets, so you feel each other strongly in this part of the bond.",
      long: "When a planet of one chart sits on a planet of the other, the two people share that theme intensely. It can be a point of deep recognition or of crowding, depending on how you handle it. Name what you share here, and give each other room to express it differently.",
    },
    harmonious: {
      short:
        "A harmonious contact between your charts lets two planets support each other, making cooperation in this area come easily.",
      long: "Sextiles and trines between two charts show where you fit together without much effort. They make for easy company and natural teamwork. Because they ask so little, they can be taken for granted, so thank each other for them and build on them on purpose.",
    },
    challenging: {
      short:
        "A challenging contact between your charts sets two planets at odds, bringing friction that can also bring growth.",
      long: "Squares and oppositions between two charts show where you provoke and stretch each other. They produce the arguments you keep having, and also much of the attraction and the learning. Treat the difference as something to understand rather than win, and it can make the bond stronger.",
    },
  },
  houses: {
    "1": {
      short:
        "Their planets here meet you face to face, so they notice and affect how you come across and how you see yourself.",
      long: "Your partner's planets in this part of your chart touch your appearance, manner and sense of self. They may bring out new sides of you, or feel like a mirror held close. Let their influence inspire you while you keep your own way of showing up in the world.",
    },
    "2": {
      short:
        "Their planets here touch your money, possessions and sense of worth, shaping how secure you feel together.",
      long: "Your partner's planets in this area involve resources and self-worth. They may help you earn, spend or value yourself differently, for better or worse. Talk openly about money and what each of you values, so that practical matters strengthen the bond rather than strain it.",
    },
    "3": {
      short:
        "Their planets here touch your daily conversation, learning and local life, so you talk and exchange ideas a great deal.",
      long: "Your partner's planets in this area engage your mind, your messages and the small trips of everyday life. You may find yourselves talking, writing or learning together. Keep the exchange lively and kind, since words between you carry more weight than you might expect.",
    },
    "4": {
      short:
        "Their planets here touch your home, family and inner security, so the relationship can feel like a place to belong.",
      long: "Your partner's planets in this area reach your roots: family, home life and private feelings. They may help you build a household, or stir memories of where you come from. Make the shared space comfortable for both of you, and respect each other's family ties.",
    },
    "5": {
      short:
        "Their planets here touch romance, play and creativity, so there is fun, flirtation and a wish to make things together.",
      long: "Your partner's planets in this area light up pleasure, courtship and self-expression. Time together can feel like play, and you may create, perform or raise children together. Keep the playfulness going once routine sets in, since it is one of the bond's great strengths.",
    },
    "6": {
      short:
        "Their planets here touch your routines, work and health, so the bond shows up in daily habits and practical help.",
      long: "Your partner's planets in this area meet your everyday life: chores, schedules, work and well-being. They may help you get organised, or nag you about your habits. Share the practical load fairly, and appreciate the quiet care that shows up in ordinary tasks.",
    },
    "7": {
      short:
        "Their planets here touch partnership itself, so you may see them as a natural partner, ally or worthy rival.",
      long: "Your partner's planets in this area fall where you meet others one to one, which often marks a strong sense of partnership. They can feel like the person you were looking for, or the one who shows you what you project onto others. Treat each other as equals, and the alliance can be lasting.",
    },
    "8": {
      short:
        "Their planets here touch intimacy, shared resources and trust, making the bond deep, private and sometimes intense.",
      long: "Your partner's planets in this area reach the most private parts of life: intimacy, joint finances and vulnerability. The connection may feel compelling and transforming. Build trust slowly and keep agreements about shared money and boundaries clear, so that depth does not turn into dependence.",
    },
    "9": {
      short:
        "Their planets here touch beliefs, travel and learning, so the relationship widens your outlook and sense of meaning.",
      long: "Your partner's planets in this area engage your search for meaning: study, travel, faith and philosophy. They may introduce you to new places and ideas, or challenge your convictions. Explore together with curiosity, and let differences in outlook broaden rather than divide you.",
    },
    "10": {
      short:
        "Their planets here touch your career and reputation, so they influence your goals and how the world sees you.",
      long: "Your partner's planets in this area meet your public life and ambitions. They may support your career, share a public role with you, or hold strong opinions about your direction. Welcome their backing while you stay the author of your own goals and decisions.",
    },
    "11": {
      short:
        "Their planets here touch friendship, groups and hopes, so you can feel like true friends with shared ideals.",
      long: "Your partner's planets in this area engage friendship, community and plans for the future. The relationship may grow through shared causes, social circles or a common vision. Keep the friendship at the heart of it, and make room for each other's wider network.",
    },
    "12": {
      short:
        "Their planets here touch your private inner world, so the bond can feel spiritual, secret or hard to put into words.",
      long: "Your partner's planets in this area reach what you keep hidden, including fears, dreams and quiet compassion. They may understand you without words, or stir things you would rather not face. Be gentle with each other here, and bring into the open whatever starts to feel like a secret.",
    },
  },
};

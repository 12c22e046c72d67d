import type { Corpus } from "../types.ts";

/** The ascendant and the midheaven in each sign (English). */
export const ANGLE_IN_SIGN: Corpus["angleInSign"] = {
  ascendant: {
    aries: {
      short:
        "You come across as direct, energetic and ready for action, meeting life with a brisk, forward-leaning manner.",
      long: "With Aries rising, people often read you as bold, quick and straightforward; your movements tend to be brisk and your reactions immediate. New situations look to you like challenges to meet head-on. Impatience or a combative edge can make a sharper impression than you intend. Let people see your warmth as well as your speed, and give them a moment to catch up.",
    },
    taurus: {
      short:
        "Calm, steady and pleasant is how others tend to see you, and your grounded presence puts people at ease.",
      long: "Taurus rising lets you meet life at your own pace, and others often sense your reliability before you say a word. You may have an unhurried way of moving, a pleasing voice and a quiet eye for comfort and quality. Resistance to being rushed can read as stubbornness. Let your steadiness be a gift to others, and practise saying yes to change when it serves you.",
    },
    gemini: {
      short:
        "Lively, curious and talkative, you engage quickly with whoever happens to be in front of you.",
      long: "With Gemini rising, your manner is alert, youthful and communicative, and people may notice your expressive hands or quick wit. You approach life by asking questions and gathering information. To others you can appear restless or scattered, switching topics before they are ready. Let your curiosity lead into real conversations, and finish what you start so people learn they can rely on you.",
    },
    cancer: {
      short:
        "People tend to meet you as gentle, caring and receptive, someone who senses the mood of a room before speaking.",
      long: "Cancer rising makes your approach to life cautious, keeping your inner world protected until you feel safe. Others often experience you as kind, nurturing and easy to approach. Your moods can show plainly on your face, and you may retreat when you feel exposed. Create a sense of safety for yourself wherever you go, and let people see the strength behind your softness.",
    },
    leo: {
      short:
        "Warm, confident and expressive, you have a presence that tends to draw attention as soon as you arrive.",
      long: "With Leo rising, you often walk into a room as though you belong there, and people may notice your smile, your hair or your sense of style. You approach life with generosity and a flair for the dramatic. There can be pressure to perform, and a lack of attention may feel personal. Let your warmth shine without needing applause, and use your presence to encourage others.",
    },
    virgo: {
      short:
        "You tend to come across as modest, observant and composed, quietly noticing details and offering practical help.",
      long: "With Virgo rising, people often see you as neat, thoughtful and capable, and you approach life by analysing and improving whatever is in front of you. A certain nervous energy or reserve may show when you meet someone new. Self-criticism can make you seem more anxious than you feel. Trust your competence, and let people glimpse the warmth behind your careful manner.",
    },
    libra: {
      short:
        "Charming, courteous and easygoing, you carry a natural sense of style and a social grace people notice quickly.",
      long: "Libra rising means you approach life through relationships and have a knack for putting people at ease. Others may see you as attractive, balanced and diplomatic. You may hesitate to show disagreement, or adapt too readily to what others expect. Let your grace support honest expression, and remember that your own preferences count.",
    },
    scorpio: {
      short:
        "Intense, private and perceptive, you have a presence others may find magnetic or hard to read.",
      long: "With Scorpio rising, you approach life with caution, watching carefully before you reveal yourself. People often feel your depth and intensity even when you say little. You may seem guarded or intimidating, and trust can be slow to build in both directions. Let people in gradually, and use your perceptiveness to understand others rather than only to protect yourself.",
    },
    sagittarius: {
      short:
        "Friendly, open and adventurous is how you tend to strike people, meeting the world with humour, optimism and candour.",
      long: "Sagittarius rising turns life into an exploration, and people quickly sense your enthusiasm and love of freedom. You may have an expansive way of moving, a hearty laugh or a restless energy. Bluntness or overpromising can create misunderstandings. Stay curious about the people you meet, and balance your spontaneity with follow-through.",
    },
    capricorn: {
      short:
        "Serious, capable and composed on the surface, you have a reserved manner that tends to earn respect over time.",
      long: "With Capricorn rising, you approach life with caution and purpose, and you may have taken on responsibility young. People often see you as mature, reliable and dignified. You can appear cool or distant, and you may feel you have to prove yourself before you can relax. Let people see your dry humour and warmth, and allow yourself to ease up as your confidence grows.",
    },
    aquarius: {
      short:
        "Friendly, original and a little detached, you meet people as equals and with an open mind.",
      long: "Aquarius rising gives you an independent, curious approach to life and a habit of seeing things from unusual angles. People may sense your individuality through your style, your ideas or your manner. You can seem aloof or unpredictable, keeping a certain emotional distance. Let people get to know you personally, and use your originality to connect rather than to stand apart.",
    },
    pisces: {
      short:
        "Others often see you as gentle, dreamy and sensitive, with a soft presence that takes on the mood around you.",
      long: "Pisces rising lets you approach life intuitively and adapt easily to different people and settings. Others often see you as kind, artistic or a little elusive. You may absorb other people's feelings and lose track of your own. Protect your energy with clear boundaries, and let compassion and imagination guide how you engage with the world.",
    },
  },
  midheaven: {
    aries: {
      short:
        "Work where you can lead, pioneer and act independently suits you, and you can build a reputation for courage.",
      long: "A Midheaven in Aries wants work that is active, challenging and self-directed. Entrepreneurship, sport, emergency services or any field that rewards initiative may suit you. Impatience with hierarchy or slow progress can cause friction. Seek roles with autonomy and clear goals, and learn to sustain your drive over the long haul.",
    },
    taurus: {
      short:
        "You are drawn to work that builds lasting value, and you can earn a reputation for reliability, patience and good taste.",
      long: "With the Midheaven in Taurus, you want a career that offers stability, tangible results and a sense of worth. Finance, design, farming, food or the arts may suit you. Resistance to change can keep you in a role that is secure but unfulfilling. Build your career steadily, and let yourself pursue work you enjoy as well as work that feels safe.",
    },
    gemini: {
      short:
        "Ideas, communication and variety make work feel right to you, and you tend to be known for versatility and wit.",
      long: "A Gemini Midheaven looks for a career that keeps your mind busy and lets you connect with many people. Writing, teaching, media, sales or technology may suit you. Scattered interests can lead to many changes of direction. Allow yourself variety, but build a core skill that ties your interests together.",
    },
    cancer: {
      short:
        "Work that nurtures and protects appeals to you, and your reputation tends to rest on care and emotional intelligence.",
      long: "Meaningful, supportive work matters to you, often involving care, food, shelter or community. You may be seen as a protective, approachable figure. Sensitivity to criticism, or blurring personal and professional life, can be challenges. Create a workplace that feels like a community, and protect your emotional energy.",
    },
    leo: {
      short:
        "You want a public role where you can shine, create and lead, aiming for recognition and a respected name.",
      long: "With the Midheaven in Leo, you want a career that showcases your talents and lets you inspire others. Performance, the arts, education or leadership roles may suit you. Pride, or a need for applause, can make setbacks feel personal. Choose work you are passionate about, and let your generosity shape the way you are seen.",
    },
    virgo: {
      short:
        "Useful, precise and skilled work satisfies you, and you tend to become known for competence and reliability.",
      long: "A Virgo Midheaven points you toward a career where you can refine, analyse and serve. Research, editing, crafts, administration or caring professions may suit you. Perfectionism, or underselling yourself, can hold you back. Take pride in your expertise, ask for the recognition you deserve, and remember that excellence does not mean flawlessness.",
    },
    libra: {
      short:
        "Partnership, fairness and beauty draw you in your working life, and you tend to be known for diplomacy and good judgement.",
      long: "Careers that bring people together or create harmony tend to fit you well. Design, mediation, diplomacy, advocacy or client work may suit you. Indecision, or relying too heavily on others' approval, can slow your progress. Develop your own voice, and use your talent for fairness to build work that is truly collaborative.",
    },
    scorpio: {
      short:
        "Depth, research or transformation attract you as vocations, and your reputation tends to rest on intensity and insight.",
      long: "With the Midheaven in Scorpio, you want a career with real impact, often exercised behind the scenes. Psychology, investigation, finance, medicine or crisis work may suit you. Power struggles or secrecy can complicate your public life. Use your strength to help others through change, and be transparent wherever you can.",
    },
    sagittarius: {
      short:
        "Learning, travel or big ideas make a vocation worthwhile for you, and you tend to be known for optimism and vision.",
      long: "A Sagittarius Midheaven seeks a career that expands your horizons and lets you share what you believe. Teaching, publishing, travel, law or spiritual work may appeal to you. Restlessness or overcommitment can scatter your efforts. Choose a mission you believe in, and build the discipline to see it through.",
    },
    capricorn: {
      short:
        "Positions of responsibility and authority suit you, and you can build a public reputation for competence and integrity.",
      long: "With the Midheaven in Capricorn, you want a respected career and are willing to work hard to climb. Management, government, business or any structured field may suit you. Fear of failure, or defining yourself by status, can be pitfalls. Set goals that reflect your values, and let your achievements be meaningful as well as impressive.",
    },
    aquarius: {
      short:
        "Innovative, humanitarian or unconventional work calls to you, and you tend to be known for original thinking and independence.",
      long: "Your ambitions lean toward contributing to progress and expressing your individuality through work. Technology, science, activism or community work may suit you. Rebellion against authority, or restlessness, can complicate advancement. Find organisations that value innovation, and use your ideas for the benefit of the wider group.",
    },
    pisces: {
      short:
        "Creative, compassionate or spiritual work draws you, and your reputation tends to rest on empathy and imagination.",
      long: "With the Midheaven in Pisces, you want a career that serves a higher purpose or expresses your artistic vision. Art, music, caring work, charity or spiritual practice may suit you. Unclear goals, or difficulty with boundaries, can make your path uncertain. Define concrete steps toward your dreams, and protect your energy in demanding roles.",
    },
  },
};

import type { Corpus } from "../types.ts";

/**
 * Three or more bodies gathered in one sign, or in one house (English). Sign passages name no
 * house and no other sign; house passages name no sign and no other house.
 */
export const STELLIUM: Corpus["stellium"] = {
  sign: {
    aries: {
      short:
        "So many bodies gathered in Aries make you bold, quick and self-starting, with a strong urge to lead and to test yourself against challenges.",
      long: "Several parts of your personality share the same eager, pioneering style, so you tend to act fast and trust your instincts. Courage and honesty are real strengths, and you may inspire others simply by going first. The flip side is impatience, a short fuse or abandoning projects once the thrill has gone. Pausing briefly before big decisions, and practising patience with slower people, balances this fiery concentration.",
    },
    taurus: {
      short:
        "This cluster gives you steadiness, patience and a keen appreciation of the senses, along with a deep need for security and lasting comfort.",
      long: "Many of your drives work through the same grounded, loyal temperament, so you tend to build slowly and hold on to what you value. Good food, nature, music and well-made objects may matter a great deal to you. The difficulty is stubbornness, or resisting change that would serve you. Introducing small, gentle variations into your routines helps you stay open while keeping the stability you cherish.",
    },
    gemini: {
      short:
        "This gathering makes you curious, talkative and mentally nimble, with many interests and a constant appetite for fresh information and company.",
      long: "Several parts of your nature are tuned to learning, swapping ideas and keeping things moving, so boredom may be your biggest adversary. You can be witty, adaptable and excellent at linking people or ideas that belong together. The challenge is scattering your energy or struggling to settle on anything. Choosing a few main projects, and finishing one before starting the next, lets your many gifts build on each other.",
    },
    cancer: {
      short:
        "This cluster gives you deep feeling, protective instincts and a strong attachment to home, family and the people you hold close.",
      long: "Much of your personality works through emotional memory and care, so you tend to nurture others while needing a safe base yourself. Intuition and loyalty are among your greatest strengths. The pitfall is moodiness, clinging to old hurts or retreating into your shell when you feel threatened. Stating your needs directly, and building routines that comfort you, helps you stay open while protecting what matters.",
    },
    leo: {
      short:
        "This gathering gives you warmth, pride and creative flair, with a strong wish to express yourself and to be appreciated for who you are.",
      long: "Several of your drives share a generous, expressive style, so you tend to shine when leading, performing or cheering others on. Loyalty and big-heartedness are real strengths. The trap is needing constant admiration, or taking criticism as a personal wound. Sharing the spotlight and creating for the joy of it helps your confidence rest on something deeper than applause.",
    },
    virgo: {
      short:
        "This cluster makes you observant, precise and eager to be useful, with a talent for analysis and for improving how things work.",
      long: "Much of your energy flows into noticing details, solving problems and helping others in practical ways. You may be skilled at crafts, editing, organising or any work that rewards care. The pitfall is perfectionism or a harsh inner critic. Recognising that good enough is often excellent, and celebrating what goes right, keeps your high standards supportive rather than punishing.",
    },
    libra: {
      short:
        "This gathering gives you a strong sense of fairness, grace and partnership, and you tend to seek harmony in every corner of life.",
      long: "Several parts of your personality are tuned to relationships, beauty and balance, so you often end up as the mediator or diplomat. Art, design and social settings may come naturally to you. The challenge is indecision, or avoiding conflict at your own expense. Making small choices quickly and stating preferences openly helps you bring your gift for harmony into a room without losing yourself.",
    },
    scorpio: {
      short:
        "This cluster gives you intensity, focus and emotional depth, with a drive to understand what lies beneath the surface and to transform it.",
      long: "Many of your drives work through passion, loyalty and determination, so you rarely do anything halfway. You can be a formidable researcher, strategist or ally in a crisis. The risk is secrecy, jealousy or holding grudges long after they have stopped protecting you. Choosing trustworthy people carefully, and then allowing yourself to be seen, helps your strength become a source of deep connection.",
    },
    sagittarius: {
      short:
        "This gathering makes you adventurous, optimistic and hungry for meaning, with a strong drive to explore, learn and speak your truth.",
      long: "Several parts of your personality lean toward travel, study, philosophy and freedom, so you can inspire others with enthusiasm and a big-picture view. Honesty and humour are among your gifts. The pitfall is restlessness, overpromising or a bluntness that stings. Grounding your vision in practical plans, and listening as much as you talk, keeps your quest both joyful and wise.",
    },
    capricorn: {
      short:
        "This cluster gives you ambition, patience and a serious sense of responsibility, with a talent for building lasting structures over time.",
      long: "Much of your energy flows toward goals, discipline and long-term achievement, so people often find you dependable and capable. You may have matured early and tend to grow more relaxed with the years. The difficulty is overwork, pessimism or defining yourself by success. Making time for play and acknowledging your feelings help your considerable strength stay human and sustainable.",
    },
    aquarius: {
      short:
        "This gathering makes you independent, inventive and community-minded, with a strong urge to think freely and improve the world around you.",
      long: "Several of your drives share an original, forward-looking style, so technology, reform or unconventional ways of living may attract you. Friendship and ideals matter deeply. The pitfall is detachment, contrariness or holding people at a polite distance. Letting a few people close while staying true to your principles balances your vision with warmth.",
    },
    pisces: {
      short:
        "This cluster gives you rich imagination, compassion and sensitivity, with a strong connection to art, spirituality and the feelings of others.",
      long: "Much of your personality flows through empathy, intuition and creativity, so music, care work, service or spiritual practice may draw you. You often sense what others need before they say it. The risk is confusion, escapism or boundaries that dissolve under pressure. Grounding routines and a regular creative outlet help your gifts flourish without overwhelming you.",
    },
  },
  house: {
    "1": {
      short:
        "With so many bodies gathered around your self and approach to life, your personality is vivid and visible, and you shape events through your own initiative.",
      long: "Much of your energy is channelled through how you present yourself and how you act, so people notice you and often take their cue from you. Independence and a strong sense of identity are real strengths. The pitfall is self-absorption, or finding compromise difficult. Asking for other people's views before you act, and checking how your actions land, balances this concentrated force.",
    },
    "2": {
      short:
        "With a crowd of bodies focused on resources and values, building security, skills and a materially solid life matters a great deal to you.",
      long: "Your energy tends to flow into earning, saving, making and enjoying tangible things, and you may hold firm views about what is worth having. Resourcefulness and persistence are among your strengths. The risk is equating self-worth with possessions, or clinging to security out of fear. Reflecting now and then on which of your values lie beyond money keeps your foundations meaningful.",
    },
    "3": {
      short:
        "With many bodies gathered around communication and learning, your days are likely full of messages, errands, ideas and lively local connections.",
      long: "Your mind is busy, and you may write, teach, talk or move around your neighbourhood a great deal. Siblings or close neighbours can play important parts in your story. The pitfall is mental overload, or scattering attention across too many small tasks. Protecting focused time for one important project, and unplugging regularly, helps you turn all that input into something lasting.",
    },
    "4": {
      short:
        "With a cluster of bodies centred on home and roots, family, private life and a sense of belonging sit at the heart of your story.",
      long: "You may put a great deal of energy into your living space, your relatives or understanding your heritage, and emotional security matters deeply. Much of your real life may unfold out of public view. The risk is withdrawing into private life, or repeating old family patterns without question. Exploring your roots honestly, and inviting fresh influences through your door, keeps this foundation nourishing.",
    },
    "5": {
      short:
        "With many bodies gathered around creativity and pleasure, self-expression, romance, play and perhaps children are central themes in your life.",
      long: "You may pour your energy into art, performance, hobbies or love affairs, and you need joy to feel truly alive. Warmth and creative courage are strengths you can share generously. The trap is chasing excitement, or depending on applause to feel worthwhile. Committing to a long-term creative project gives your abundant self-expression a deeply satisfying outlet.",
    },
    "6": {
      short:
        "With a crowd of bodies focused on work and daily routines, being useful, skilled and well organised matters enormously to you.",
      long: "Much of your energy goes into your job, your habits and the practical care of yourself and others. You can be exceptionally competent and service-minded, the person colleagues turn to when something must be done properly. The pitfall is overwork, worry or measuring your worth by productivity. Scheduling rest and noticing what you have already accomplished keeps your dedication sustainable.",
    },
    "7": {
      short:
        "With many bodies gathered around partnership, relationships and collaboration shape much of your life, and you often grow through other people.",
      long: "You may meet life through partners, clients or close allies, and much of your energy flows into one-to-one bonds. Diplomacy, fairness and cooperation are strengths. The risk is losing yourself in relationships, or relying on others to set your direction. Cultivating interests and goals that are entirely your own, alongside your partnerships, keeps them balanced and alive.",
    },
    "8": {
      short:
        "With a cluster of bodies focused on depth and shared resources, intimacy, trust and personal transformation are powerful themes in your life.",
      long: "Psychology, research, joint finances or the great mysteries of life and loss may draw you strongly. Crises can become turning points that renew you, and you may help others through their own. The pitfall is intensity, secrecy or a need for control in close bonds. Building trust gradually, and speaking openly about what you need, helps you use your depth wisely.",
    },
    "9": {
      short:
        "With many bodies gathered around travel and belief, the search for meaning, learning and wider horizons shapes much of your life.",
      long: "You may study, travel, teach or explore philosophies with great enthusiasm, and other cultures can feel surprisingly familiar. Optimism and breadth of vision are among your strengths. The pitfall is restlessness, or holding your beliefs so tightly that they stop growing. Grounding big ideas in a daily practice, and testing them against ordinary experience, keeps your quest meaningful.",
    },
    "10": {
      short:
        "With a cluster of bodies focused on career and reputation, your public role and achievements are central to how you shape your life.",
      long: "You may be ambitious, visible and driven to make a mark, and others may look to you as an authority even early on. Responsibility and determination are strengths you can rely on. The risk is defining yourself by status, or neglecting the people at home while you climb. Protecting time for personal relationships keeps your success fulfilling rather than lonely.",
    },
    "11": {
      short:
        "With many bodies gathered around friendship and community, groups, networks and shared hopes play a central role in your life.",
      long: "You may be involved in clubs, causes or online communities, and friends often shape the direction you take. Idealism and a gift for collaboration are strengths. The pitfall is losing yourself in the crowd, or spreading yourself across too many commitments. Choosing a few causes that matter most, and nurturing a handful of close friendships, keeps your social world rewarding.",
    },
    "12": {
      short:
        "With a cluster of bodies in the twelfth house, solitude, reflection and inner life hold great importance, and much of your strength works quietly.",
      long: "You may need plenty of time alone, and spiritual practice, creative work or service behind the scenes can be deeply meaningful. Intuition and compassion run strong in you. The risk is withdrawing too far, or hiding gifts that others could benefit from. Sharing your insights gradually, and balancing retreat with connection, brings your inner richness out into the world.",
    },
  },
};

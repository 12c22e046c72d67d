import { CORPUS_BODIES, type Corpus, type CorpusBody, type PairKey } from "../types.ts";

/**
 * The key of an unordered pair of corpus bodies: the two bodies in {@link CORPUS_BODIES} order,
 * joined by "-", so `pairKey("moon", "sun")` and `pairKey("sun", "moon")` are both `"sun-moon"`.
 */
export function pairKey(a: CorpusBody, b: CorpusBody): PairKey {
  return CORPUS_BODIES.indexOf(a) <= CORPUS_BODIES.indexOf(b) ? `${a}-${b}` : `${b}-${a}`;
}

/**
 * What an aspect between two bodies means, in English, by family: the conjunction, the harmonious
 * aspects (sextile, trine) and the challenging ones (square, opposition). Keyed by {@link pairKey}
 * for all 55 unordered pairs of distinct corpus bodies; `node` is the lunar north node.
 */
export const ASPECTS: Corpus["aspects"] = {
  "sun-moon": {
    conjunction: {
      short:
        "Your will and your feelings point the same way, giving you a single-minded, self-contained nature that usually knows what it wants.",
      long: "Born near a new moon, you tend to act from a unified center where purpose and emotional need rarely argue. This gives you focus, self-reliance and a strong instinct for beginning things. The pitfall is a blind spot for outlooks unlike your own, so make a habit of asking others how a situation looks from where they stand.",
    },
    harmonious: {
      short:
        "What you want and what you need tend to agree, so you can chase your goals without leaving your emotional life behind.",
      long: "Your conscious aims and your instinctive needs cooperate, which often shows as an easy steadiness in the way you run your days. You can usually rest when you need to and push when it counts, without much inner debate. Treat that balance as a resource you can share, since people often find calm simply by spending time around you.",
    },
    challenging: {
      short:
        "Your goals and your emotional needs can pull in different directions, asking you to make room for both instead of picking one.",
      long: "You may notice a gap between what you set out to do and what actually feels comfortable, and the two can take turns overruling each other. This friction breeds self-awareness and a real talent for understanding inner conflict in others. Check in with your feelings before committing to big plans, and let those plans include rest and care rather than treating them as afterthoughts.",
    },
  },
  "sun-mercury": {
    conjunction: {
      short:
        "Your mind and your identity are closely bound, so the way you think and speak becomes a central part of who you are.",
      long: "You tend to express yourself through ideas, words and questions, and people often know you by the way you talk. Your thoughts carry conviction, which makes you persuasive and quick to explain what you mean. The risk is taking disagreement personally, so practice separating a challenged idea from a challenged self.",
    },
    harmonious: {
      short:
        "Your thinking supports your sense of purpose, letting you explain your aims clearly and learn whatever your goals require.",
      long: "Ideas and intentions work together for you, so you can usually find words for what matters and a plan for reaching it. Learning comes easily when it serves something you care about. Keep a notebook or a regular writing habit, because your clearest insights tend to arrive when you put your purpose into words.",
    },
    challenging: {
      short:
        "Your thinking and your sense of self can argue, prompting second-guessing until you learn to trust an opinion you have weighed.",
      long: "You may find that what you say and what you mean to express do not quite line up, or that your mind races ahead of your will. This friction sharpens your reasoning once you slow down enough to hear it. Before important conversations, jot down the one point you most want heard, and let that note anchor everything else you say.",
    },
  },
  "sun-venus": {
    conjunction: {
      short:
        "Warmth and charm sit at the core of your character, and you tend to lead with kindness, good taste and a wish to please.",
      long: "Your sense of self is bound up with affection, beauty and pleasant company, and people often feel at ease around you. You may have a natural eye for style or a gift for smoothing over awkward moments. The pitfall is bending too far to be liked, so let yourself disagree gracefully when something important is at stake.",
    },
    harmonious: {
      short:
        "Your purpose and your capacity for enjoyment cooperate, making it easy to combine ambition with grace and good relationships.",
      long: "What you aim for and what you value tend to match, so your efforts often feel rewarding rather than grim. You can attract help through friendliness and turn work into something closer to collaboration. Protect that ease by choosing goals you genuinely love, since a task you merely tolerate will dull this bright combination.",
    },
    challenging: {
      short:
        "What you want to achieve and what you want to enjoy can compete, teaching you to weigh comfort and approval against purpose.",
      long: "You may feel torn between the pull of pleasure, harmony or approval and the demands of your own direction. Sometimes you trade away your wishes to keep the peace, and sometimes you chase delight at the cost of your aims. Growth comes from naming your values plainly, then letting both love and ambition answer to them.",
    },
  },
  "sun-mars": {
    conjunction: {
      short:
        "Your will and your drive move as one, giving you energy, courage and an urge to act the moment you have decided.",
      long: "You tend to meet life head-on, with a competitive spark and plenty of stamina for the things you care about. Initiative comes naturally, and you often lead simply by moving first. Impatience is the pitfall, so build in a short pause before reacting, and pour surplus energy into sport, physical work or demanding projects.",
    },
    harmonious: {
      short:
        "Your sense of purpose and your drive work in tandem, so you can turn intentions into action without wasting much effort.",
      long: "You usually know how to pursue what you want with a confidence that does not tip into aggression. Effort feels natural to you, and you tend to recover quickly from setbacks. Pick goals that genuinely stretch you, because this steady, capable energy has a habit of coasting when nothing is at stake.",
    },
    challenging: {
      short:
        "Your will and your drive can collide, producing restless energy and flashes of temper that ask to be steered with skill.",
      long: "You may push hard, meet resistance and push harder still, which can turn ordinary disagreements into contests. The same friction gives you grit and the nerve to take on difficult tasks. Learn to tell a battle worth fighting from a passing irritation, and give your energy a regular outlet so it does not leak out as impatience.",
    },
  },
  "sun-jupiter": {
    conjunction: {
      short:
        "Optimism and generosity are woven into your identity, and you tend to think big, trust life and encourage the people around you.",
      long: "You carry a buoyant confidence that often opens doors, and people may look to you for hope or a wider view. Learning, travel and questions of meaning can feel central to who you are. The pitfall is overpromising or overreaching, so pair your large vision with a realistic count of your time and energy.",
    },
    harmonious: {
      short:
        "Your purpose and your faith in life support each other, lending you good humor, resilience and a knack for spotting opportunity.",
      long: "Things tend to work out for you partly because you expect them to and act accordingly. You can be generous without strain and encouraging without preaching. Put that fortunate temperament to use by mentoring others or taking on a long-range goal, since the ease can otherwise settle into mere comfort.",
    },
    challenging: {
      short:
        "Your ambition and your appetite for more can outpace each other, inviting excess until you find a sense of proportion.",
      long: "You may aim very high, take on too much or assume things will sort themselves out without your attention. That same restlessness keeps you growing and reaching for something larger. A useful habit is to finish one commitment before beginning the next, so your enthusiasm turns into results instead of scattered promises.",
    },
  },
  "sun-saturn": {
    conjunction: {
      short:
        "Seriousness and responsibility sit at the center of your character, giving you a staying power that often grows with age.",
      long: "You may have felt older than your years early on, carrying duty or self-criticism before you were ready for it. Over time that weight becomes structure, and you build things that last. Be careful not to measure your worth only by achievement, and schedule ordinary enjoyment as firmly as you schedule work.",
    },
    harmonious: {
      short:
        "Your purpose is backed by patience and discipline, helping you set realistic goals and reach them one steady step at a time.",
      long: "You tend to know your limits and work with them rather than against them, which makes you dependable. Mentors, older colleagues or established institutions may support your progress. Use this steady combination for long projects, and let yourself celebrate milestones so that discipline stays a choice rather than a burden.",
    },
    challenging: {
      short:
        "Self-doubt and a sense of obstacles can slow your progress, yet they teach you to build a confidence that actually holds.",
      long: "You may meet delays, criticism or your own inner judge whenever you try to shine, and it can feel as though approval must be earned twice. The reward for working through this is a grounded authority nobody can take from you. Treat setbacks as feedback rather than verdicts, and notice how often your own standards are harsher than anyone else's.",
    },
  },
  "sun-uranus": {
    conjunction: {
      short:
        "Independence and originality define you, and you tend to resist any script that other people try to write for your life.",
      long: "You likely see things from an unusual angle and feel most alive when breaking new ground. People may find you inventive, surprising or hard to predict. The pitfall is rebelling by reflex, so ask whether a rule is truly limiting you before you throw it out, and keep the ones that protect what you value.",
    },
    harmonious: {
      short:
        "Your sense of self welcomes change, so you adapt quickly and bring fresh ideas without unsettling everything around you.",
      long: "You can be original without being disruptive, and new tools, methods or communities tend to suit you well. Change usually feels like an invitation rather than a threat. Use this ease to become a bridge between the familiar and the new, helping others try what you already find natural.",
    },
    challenging: {
      short:
        "Your need for freedom can clash with your commitments, bringing sudden shifts until you build room for change into your life.",
      long: "You may feel restless in routines and break away abruptly when something starts to feel confining. This friction gives you the courage to make necessary changes that others keep postponing. Build variety and autonomy into your work and relationships on purpose, so the urge for freedom does not need a crisis to be heard.",
    },
  },
  "sun-neptune": {
    conjunction: {
      short:
        "Imagination and sensitivity shape your identity, giving you a dreamy, compassionate nature that can be hard for others to pin down.",
      long: "You may feel porous to moods, music and atmospheres, and you often sense what others feel before they say it. Art, spiritual practice or service can give your life a deep sense of meaning. Clear boundaries matter for you, so set aside time to check what you want apart from what the people around you want.",
    },
    harmonious: {
      short:
        "Your purpose is softened by compassion and imagination, lending your goals a creative or idealistic quality that others find inspiring.",
      long: "You can bring vision and kindness to what you do without losing your footing. Creative work, caregiving or any field that calls for empathy may come naturally to you. Give your imagination a concrete form through a regular practice, so that your ideals become something other people can see and share.",
    },
    challenging: {
      short:
        "Your sense of self can blur under ideals, illusions or other people's expectations, asking you to keep your own outline clear.",
      long: "You may find it hard to know what you truly want, or you may cast people and plans in a kinder light than they have earned. The same sensitivity gives you unusual compassion and creative reach. Before major decisions, gather the plain facts and a trusted second opinion, then let your ideals guide the choice rather than replace it.",
    },
  },
  "sun-pluto": {
    conjunction: {
      short:
        "Intensity and depth mark your character, and you tend to pursue what matters with a focus that can transform you and others.",
      long: "You rarely do things halfway, and people may sense a quiet force in you even when you say little. You can rebuild yourself after loss and help others face hard truths. Watch for the urge to control outcomes, and remember that real influence often comes from what you are willing to let go.",
    },
    harmonious: {
      short:
        "Your will draws on deep reserves, giving you the resilience to pursue long goals and to regenerate after setbacks.",
      long: "You tend to handle pressure with composure, and crises may bring out your best. You understand motives and hidden dynamics, which can make you a strong researcher, strategist or helper. Use that insight generously, since your capacity to change things is greatest when it also strengthens the people around you.",
    },
    challenging: {
      short:
        "Struggles over power and control can shape your path, pushing you to claim your strength without needing to dominate.",
      long: "You may meet people or situations that test your will, or find yourself locked in contests where neither side yields. These confrontations can burn away what is false and leave you stronger. Notice when you are holding on out of fear, and practice letting small things go so you keep energy for what truly matters.",
    },
  },
  "sun-node": {
    conjunction: {
      short:
        "Your path of growth runs straight through self-expression, so becoming more fully yourself is the direction that keeps opening ahead.",
      long: "Born in an eclipse season, you may feel that your life has a clear thread and that stepping forward is how you follow it. Leadership, creativity or visibility may be part of your development. The pitfall is waiting for recognition to arrive on its own, so keep choosing the roles that ask you to show up as yourself.",
    },
    harmonious: {
      short:
        "Your sense of purpose supports your path of growth, so pursuing what you care about tends to move your whole life forward.",
      long: "Your natural aims and your longer direction point the same way, which can make choices feel clearer than they do for many people. Confidence grows when you follow what engages you. Take on responsibilities that let you be seen, since visibility is where this support does its best work.",
    },
    challenging: {
      short:
        "Your pride and your path of growth can seem out of step, asking you to fit personal ambitions to a larger direction.",
      long: "You may chase goals that flatter your pride yet leave you oddly unsatisfied, or feel torn between a familiar role and a newer calling. This tension teaches humility and real self-knowledge. Review your goals now and then, asking which ones still help you grow and which ones you keep only out of habit.",
    },
  },
  "moon-mercury": {
    conjunction: {
      short:
        "Your feelings and thoughts are closely linked, so you tend to talk through emotions and remember exactly how things felt.",
      long: "You often think with your heart and feel with your mind, which makes you a lively, intuitive conversationalist. Mood can color your reasoning, and you may change your mind as your feelings shift. Writing or talking about your day helps you sort out what you feel from what you think.",
    },
    harmonious: {
      short:
        "You can put feelings into words with ease, which makes you a natural listener and an understanding, articulate friend.",
      long: "Your emotions and your reasoning cooperate, so you can talk about sensitive topics without losing your balance. People may come to you for comfort, advice or simply a good conversation. This ease lends itself to teaching, writing, caregiving or any work that involves explaining things kindly.",
    },
    challenging: {
      short:
        "Your head and your heart can disagree, making you restless or worried until you learn to let each one have its say.",
      long: "You may overthink feelings or react emotionally to ideas, and nervous energy can build when the two refuse to agree. Over time this friction sharpens your emotional intelligence. When you feel scattered, pause to name the feeling first and the thought second, which often quiets the inner argument.",
    },
  },
  "moon-venus": {
    conjunction: {
      short:
        "Tenderness and a love of comfort come naturally to you, and you tend to create warmth wherever you settle.",
      long: "You find security in beauty, affection and pleasant surroundings, and you often express care through small, thoughtful gestures. People may feel soothed in your company. The pitfall is avoiding conflict just to keep things nice, so let yourself voice your needs even when they might ruffle the mood.",
    },
    harmonious: {
      short:
        "Your emotional needs and your capacity for affection support each other, helping you give and receive care gracefully.",
      long: "You usually know how to make people comfortable, and your relationships often carry a gentle, easy warmth. Enjoyment and emotional security feed each other for you. Share this gift deliberately by hosting, mentoring or simply remembering the details that make others feel seen.",
    },
    challenging: {
      short:
        "What comforts you and what you desire may not match, teaching you to tell deep emotional needs apart from passing wants.",
      long: "You may seek reassurance through pleasure, approval or treats that do not quite meet the deeper need underneath. Relationships can swing between closeness and dissatisfaction. Ask yourself what you are really hungry for when the urge to indulge arrives, and you will learn to nourish yourself in ways that last.",
    },
  },
  "moon-mars": {
    conjunction: {
      short:
        "Your feelings move fast and hot, so you tend to act on emotion immediately and protect what you care about fiercely.",
      long: "You respond to life with energy and directness, and people rarely have to wonder how you feel. This gives you courage in a crisis and a fierce loyalty toward those you love. The pitfall is reacting before you understand, so give strong feelings a few minutes and a physical outlet before deciding what to do.",
    },
    harmonious: {
      short:
        "Your emotions fuel action in healthy ways, giving you the confidence to stand up for your needs without creating drama.",
      long: "You can act on feelings in a timely, constructive way, defending yourself and others when it counts. Emotional energy turns readily into effort and initiative. Use this in work or relationships that call for quick responses or protective care, where your mix of instinct and nerve can make a real difference.",
    },
    challenging: {
      short:
        "Emotional reactions and the urge to act can clash, producing quick irritation that softens once you learn where it comes from.",
      long: "You may feel provoked easily, especially when tired or unsure of yourself, and later wish you had responded differently. Beneath the heat there is often a need that was not being met. Practice naming that need directly and early, since asking plainly tends to defuse frustration before it turns into a quarrel.",
    },
  },
  "moon-jupiter": {
    conjunction: {
      short:
        "Generosity and emotional openness run deep in you, and you tend to offer warmth, encouragement and a hopeful outlook.",
      long: "Your feelings are large and expansive, and you often lift the mood in a room just by arriving. You may find comfort in faith, learning, travel or simply a sense that life is good. Watch for overdoing it, whether in giving, indulging or promising, and learn the quiet pleasure of enough.",
    },
    harmonious: {
      short:
        "Your emotional life is supported by optimism, helping you bounce back from disappointment and trust that care will come around.",
      long: "You tend to find reasons for hope, and people may feel safe confiding in you. Generosity comes easily to you and is often returned in kind. Lend that buoyancy to someone going through a hard time, since your natural encouragement can mean more to them than you realize.",
    },
    challenging: {
      short:
        "Emotional needs can swell beyond their real size, so you may overdo comfort or promises until you find your own measure.",
      long: "You may feel things on a grand scale and respond with excess, whether by overcommitting, overindulging or expecting more than a situation can give. The same big heart makes you generous and quick to forgive. Before saying yes to something, ask whether it fits the time and care you actually have to offer.",
    },
  },
  "moon-saturn": {
    conjunction: {
      short:
        "You take your feelings seriously and guard them carefully, often offering quiet reliability instead of easy emotional display.",
      long: "You may have learned early to be self-sufficient, holding back your needs or caring for others before yourself. This gives you steadiness and a deep sense of responsibility. Let a few trusted people see your softer side, because support you allow in tends to lighten what you have been carrying alone.",
    },
    harmonious: {
      short:
        "Your emotions are steadied by patience and good sense, making you dependable when the people around you feel overwhelmed.",
      long: "You can manage feelings without suppressing them, and you tend to keep commitments even when your mood dips. Routine and structure comfort you rather than confine you. This makes you a calm presence in hard times, and a reliable friend whose care shows in consistent actions rather than words alone.",
    },
    challenging: {
      short:
        "Feelings may seem heavy or unwelcome at times, asking you to build emotional security from the inside rather than waiting for it.",
      long: "You may feel lonely even among others, or judge your own needs as too much to ask. This friction can make you resilient and wise about hardship. Give yourself the kindness you readily offer others, and set up simple routines of rest and connection that do not have to be earned first.",
    },
  },
  "moon-uranus": {
    conjunction: {
      short:
        "Your emotional life is lively and unconventional, and you need freedom and variety to feel truly at ease.",
      long: "Moods can shift quickly, and you may feel most comfortable in unusual arrangements or among people who give you space. You bring fresh perspectives to old problems. The pitfall is pulling away just when closeness deepens, so tell people when you need room instead of quietly disappearing.",
    },
    harmonious: {
      short:
        "You adapt emotionally to change with ease, and you find comfort in friendship, independence and new experiences.",
      long: "Unexpected events rarely throw you for long, and you can stay calm when plans shift at the last minute. You value relationships that leave room for individuality. Use this adaptability to support others through transitions, since your steadiness amid change can be deeply reassuring to them.",
    },
    challenging: {
      short:
        "A need for freedom can unsettle your need for security, bringing sudden mood changes until you learn what each one asks of you.",
      long: "You may crave closeness and independence in turns, which can confuse both you and the people near you. This friction also gives you the ability to reinvent your life when it grows stale. Build small freedoms into your routine so restlessness does not have to erupt, and explain your needs clearly to those close to you.",
    },
  },
  "moon-neptune": {
    conjunction: {
      short:
        "You are deeply sensitive and imaginative, absorbing the moods around you and feeling things others barely notice.",
      long: "Your emotional life is rich with intuition, dreams and empathy, and art or music may move you strongly. You can often sense what people need without being told. Because you take in so much, set aside regular quiet time to sort out which feelings are yours and which belong to someone else.",
    },
    harmonious: {
      short:
        "Compassion and imagination support your feelings, giving you gentle intuition and a gift for comforting others.",
      long: "You can be tender without losing yourself, and people may find you soothing to be around. Creative and caring activities tend to restore your energy. Trust your hunches and test them lightly against the facts, since your intuition is a strength that grows the more you use it.",
    },
    challenging: {
      short:
        "Your feelings can blur with wishes and other people's moods, asking you to protect your sensitivity with clear boundaries.",
      long: "You may idealize people, avoid hard truths or feel drained after time in crowded, noisy places. The same openness makes you compassionate and imaginative. Keep simple anchors such as regular routines and honest friends, and let creative outlets carry the feelings that would otherwise overwhelm you.",
    },
  },
  "moon-pluto": {
    conjunction: {
      short:
        "Your emotions run deep and strong, and you tend to bond intensely and remember what moves you for a long time.",
      long: "You feel things at full strength, and surface-level connection rarely satisfies you. You can support others through crisis and change because you do not shy away from difficult feelings. The pitfall is holding on too tightly, so practice trusting people without needing to know everything they feel.",
    },
    harmonious: {
      short:
        "You can face deep feelings without being swept away, which gives you emotional resilience and a talent for steadying others in hard times.",
      long: "Transformation feels natural to you, and you often grow through experiences that frighten other people. You notice what lies beneath the surface of a situation. Bring this depth to friendships and work that need honesty, since you can make room for what others find hard to say.",
    },
    challenging: {
      short:
        "Intense feelings and questions of control can surface in close bonds, pushing you to release old hurts so that trust can grow.",
      long: "You may feel emotions as all-or-nothing, or fear being abandoned and respond by gripping tighter. These experiences can bring profound self-knowledge. When a reaction seems larger than the moment, ask what older story it echoes, and share that story with someone safe instead of acting it out.",
    },
  },
  "moon-node": {
    conjunction: {
      short:
        "Your emotional life is bound up with your path of growth, so listening to your needs points you toward where you are heading.",
      long: "Caring, belonging and emotional honesty may be central to your development. You may feel drawn to people and places that offer a new kind of home. The pitfall is confusing comfort with growth, so notice when a familiar feeling keeps you from trying what would stretch you.",
    },
    harmonious: {
      short:
        "Your instincts support your direction in life, so trusting your feelings tends to move you toward meaningful growth.",
      long: "Your emotional responses often point you the right way, and people may support you when you share what you need. Nurturing others can be part of your own progress. Pay attention to what leaves you feeling both safe and curious, since that mix tends to mark the way forward.",
    },
    challenging: {
      short:
        "Old emotional habits can pull against your path of growth, asking you to outgrow comforts that no longer serve you.",
      long: "You may find that the feelings that once kept you safe now hold you back, or that your needs seem to conflict with your aims. This tension invites emotional maturity. Experiment with small new responses to familiar situations, and notice how your sense of security grows with each one.",
    },
  },
  "mercury-venus": {
    conjunction: {
      short:
        "You speak and think with grace, and you tend to have a gift for pleasant words, diplomacy or artistic expression.",
      long: "Your mind enjoys beauty, and you often choose words that soothe rather than sting. Writing, design, music or negotiation may come naturally to you. The pitfall is saying what people want to hear, so practice kind honesty whenever clarity matters more than comfort.",
    },
    harmonious: {
      short:
        "Charm and clear thinking work together for you, making it easy to persuade, connect and express affection in words.",
      long: "You can deliver difficult news gently and make others feel heard. Your creative and social skills support each other, so a conversation with you often feels like a small pleasure. Put this talent to work in letters, mediation or shared projects, where your tact and eloquence can bring people together.",
    },
    challenging: {
      short:
        "Your wish for harmony can bend what you really think, asking you to balance tact with plain honesty.",
      long: "You may hold back opinions to stay liked, or find your reasoning swayed by what you want to be true. This friction can refine both your judgment and your taste. When something matters, state your view simply first and add the softening afterward, rather than letting politeness swallow the point.",
    },
  },
  "mercury-mars": {
    conjunction: {
      short:
        "Your mind is quick, sharp and eager for debate, and you tend to speak directly and think on your feet.",
      long: "You process ideas fast and like to act on them right away. Arguments energize you, and you can be persuasive and decisive under pressure. The pitfall is cutting people off or wounding with words, so pause long enough to listen fully before you answer.",
    },
    harmonious: {
      short:
        "Your thinking and your drive cooperate, giving you decisive judgment and the energy to turn ideas into action.",
      long: "You tend to solve problems quickly and make your case with confidence. Mental work energizes rather than drains you. Channel this into practical projects, debates or skills that need both speed and accuracy, where your focus shows at its best.",
    },
    challenging: {
      short:
        "Words can become weapons when you are provoked, so your sharp mind asks for patience to match its speed.",
      long: "You may argue more than you intend, or feel mentally restless and impatient with slower thinkers. The same friction makes you a keen critic and a brave speaker. Give your energy a productive target, such as a hard problem to solve, before it turns into a quarrel you did not need.",
    },
  },
  "mercury-jupiter": {
    conjunction: {
      short:
        "You think in big pictures and broad ideas, and you tend to enjoy learning, teaching and sharing what you know.",
      long: "Your mind looks for meaning and connections, and your words often inspire or reassure. Travel, study or philosophy may attract you strongly. The pitfall is skipping details or promising more than you can deliver, so check the fine print before you commit to a plan.",
    },
    harmonious: {
      short:
        "Your mind is optimistic and expansive, helping you learn easily and communicate in a way that encourages others.",
      long: "You grasp concepts quickly and can explain them generously. Opportunities often come to you through conversation, writing or study. Use this gift to teach or mentor, since your ability to make ideas feel hopeful and accessible is valuable to the people who learn from you.",
    },
    challenging: {
      short:
        "Your ideas can outrun the facts, so you may overstate or overplan until you learn to balance vision with detail.",
      long: "You may take on too many ideas at once or speak with more certainty than your evidence supports. The friction pushes you toward wisdom rather than mere opinion. Before big decisions, write out the steps involved and the questions still unanswered, which helps your enthusiasm land on solid ground.",
    },
  },
  "mercury-saturn": {
    conjunction: {
      short:
        "You think carefully and speak with weight, and your mind prefers structure, accuracy and ideas that hold up over time.",
      long: "You may be slow to speak but precise when you do, and people tend to trust your judgment. Organization and planning suit you well. The pitfall is doubting your own intelligence or dismissing ideas too quickly, so give new thoughts a fair hearing before you judge them.",
    },
    harmonious: {
      short:
        "Your reasoning is disciplined and practical, helping you plan, study and communicate with clarity and patience.",
      long: "You can concentrate for long stretches and turn complex information into clear steps. People may rely on your advice because it is careful and realistic. Use this strength in long projects, research or teaching, where your methodical mind builds understanding that lasts.",
    },
    challenging: {
      short:
        "Doubt and caution can weigh on your thinking, but working through them gives you a mind that is thorough and hard to fool.",
      long: "You may hesitate to speak up, fear being wrong or feel that your ideas must be perfect before you share them. Over time this friction builds depth and rigor. Share drafts before they feel finished, and notice that feedback tends to help far more than it hurts.",
    },
  },
  "mercury-uranus": {
    conjunction: {
      short:
        "Your mind is quick and original, often leaping to insights that take other people much longer to reach.",
      long: "You think in flashes and may enjoy technology, science or unconventional ideas. Conversations with you can be stimulating and full of surprises. The pitfall is impatience with slower explanations, so take time to show your steps when you want others to follow your reasoning.",
    },
    harmonious: {
      short:
        "Inventive thinking comes easily to you, and you can share new ideas in a way that others find exciting rather than threatening.",
      long: "You connect ideas across fields and welcome fresh approaches. Learning new systems or tools may come naturally to you. Use this talent to introduce changes gently, since your mind can make the unfamiliar feel approachable to the people around you.",
    },
    challenging: {
      short:
        "Your thoughts can jump and scatter, so your brilliance benefits from grounding and patience with ordinary routines.",
      long: "You may interrupt, lose focus or reject conventional wisdom before considering it. The same friction can produce genuine breakthroughs. Capture sudden ideas quickly in a note, then return to them later with a calmer mind to test which ones hold up.",
    },
  },
  "mercury-neptune": {
    conjunction: {
      short:
        "Your mind is imaginative and intuitive, moving easily among images, symbols and stories rather than lists and rules.",
      long: "You may think in pictures or impressions, and poetry, music or film can speak to you deeply. You often sense what is left unspoken. The pitfall is vagueness, so when precision matters, ask for details in writing and repeat them back to be sure.",
    },
    harmonious: {
      short:
        "Imagination and thought support each other, giving you a gift for storytelling, empathy in conversation and intuitive understanding.",
      long: "You can put subtle feelings into words and sense the meaning beneath what people say. Creative and helping work may suit you. Develop this through a practice such as journaling, fiction or art, where your intuition gains shape and direction.",
    },
    challenging: {
      short:
        "Facts and fantasies can blur in your mind, asking you to check details while still honoring your rich imagination.",
      long: "You may misread situations, forget specifics or believe what you hope is true. The friction also nourishes your creativity and compassion. Build habits of verification, such as confirming plans and rereading important messages, so your imagination can roam freely where it belongs.",
    },
  },
  "mercury-pluto": {
    conjunction: {
      short:
        "Your mind digs beneath the surface, drawn to mysteries, hidden motives and ideas that change how people see things.",
      long: "You think deeply and rarely accept easy answers. Research, investigation or the study of human behavior may fascinate you. The pitfall is obsessive thinking or using words to control others, so practice letting a conversation stay open without needing to win it.",
    },
    harmonious: {
      short:
        "Your thinking is penetrating and persuasive, helping you uncover what others miss and communicate with quiet power.",
      long: "You can focus on a problem until you understand it completely. People may find your insights striking and hard to forget. Use this skill in research, strategy or honest one-to-one conversations, where your depth can bring real clarity to questions other people keep skirting.",
    },
    challenging: {
      short:
        "Intense thinking can turn into power struggles in conversation, pushing you to learn when to press a point and when to let it rest.",
      long: "You may dwell on suspicions or feel compelled to expose what others keep hidden. This friction can sharpen your insight and your courage. When a thought grips you, step back and ask whether pursuing it helps you or simply feeds worry.",
    },
  },
  "mercury-node": {
    conjunction: {
      short:
        "Learning, speaking and sharing ideas are central to your path of growth, so curiosity tends to lead you forward.",
      long: "Your development may involve writing, teaching, translating or gathering information, and conversations can open unexpected doors. The pitfall is collecting facts and opinions without ever choosing a direction. Notice which topics keep returning to you, since they often mark the road ahead.",
    },
    harmonious: {
      short:
        "Your mind supports your growth, helping you find the information, words and contacts that move your life forward.",
      long: "Good timing in conversation and a knack for asking the right question can carry you toward your goals. Classes, books and networks tend to serve you well. Keep a record of ideas that excite you, because the ones that last are often signposts for your direction.",
    },
    challenging: {
      short:
        "Familiar ways of thinking can pull against your path of growth, asking you to learn new perspectives rather than repeat old ones.",
      long: "You may rely on habits of mind that once worked but now keep you circling the same conclusions. This friction invites intellectual humility and fresh curiosity. Seek out people who see the world differently, and listen long enough to let their views change something in you.",
    },
  },
  "venus-mars": {
    conjunction: {
      short:
        "Affection and desire are fused in you, giving you magnetic warmth and a direct, passionate way of going after what you love.",
      long: "You tend to pursue relationships, art or pleasure with energy, and people often notice your vitality. Attraction and action are closely linked for you. The pitfall is rushing into connection before you know what you want, so let interest build long enough to see whether it is real.",
    },
    harmonious: {
      short:
        "Love and drive cooperate for you, making it natural to balance giving and taking, softness and assertion.",
      long: "You can go after what you want without losing your charm, and you can be gentle without losing your strength. Creative projects and partnerships often thrive with this balance. Put it to use where collaboration and initiative both matter, such as teamwork, performance or shared ventures.",
    },
    challenging: {
      short:
        "What you desire and what you value can pull apart, creating tension in love and creativity that asks for honest negotiation.",
      long: "You may be drawn to people who unsettle you, or feel torn between keeping the peace and asserting your wishes. This friction can fuel strong attraction and creative work. Name your needs plainly in relationships, and let disagreements be a way of getting to know each other rather than a threat.",
    },
  },
  "venus-jupiter": {
    conjunction: {
      short:
        "Generosity, warmth and a love of life flow through you, and you tend to see the best in people and situations.",
      long: "You enjoy abundance, beauty and good company, and others often feel welcomed by you. Social gifts and optimism can attract opportunities and friendships. The pitfall is overindulgence or too much trust, so pair your open heart with a little discernment about whom and what you invest in.",
    },
    harmonious: {
      short:
        "Affection and optimism support each other, giving you an easy, gracious manner and a talent for bringing people together.",
      long: "Relationships often bring you joy and growth, and you may have a gift for hospitality or the arts. Kindness tends to come back to you. Share this good will through hosting, collaboration or encouragement, and notice how much it strengthens the circles you belong to.",
    },
    challenging: {
      short:
        "Your appetite for pleasure and your ideals can inflate each other, inviting excess until you learn what truly satisfies.",
      long: "You may expect too much from love, treat yourself too often or overlook flaws in people you admire. The same big heart makes you generous and forgiving. Before saying yes to a temptation, ask whether it reflects your real values, and let moderation become a form of self-respect.",
    },
  },
  "venus-saturn": {
    conjunction: {
      short:
        "You take love and beauty seriously, preferring lasting bonds and quality over quick pleasures or passing fashion.",
      long: "You may be reserved in affection at first, testing trust before opening up. Over time your loyalty and commitment become a great strength. The pitfall is holding back warmth out of fear of rejection, so allow small risks of the heart and let others see that you care.",
    },
    harmonious: {
      short:
        "Commitment and affection support each other, helping you build stable relationships and a mature sense of what you value.",
      long: "You tend to choose partners and friends wisely and keep them for a long time. Craft and patience may show in your creative work. Use this steadiness to invest in what you love, since your care grows richer with time and attention.",
    },
    challenging: {
      short:
        "Doubts about being lovable can hold you back, but working through them gives you a love that is mature and clear-eyed.",
      long: "You may feel that affection must be earned, or hold back from pleasure until everything is in order. This friction teaches you the value of real commitment. Practice receiving kindness without immediately repaying it, and let yourself enjoy things before they feel fully deserved.",
    },
  },
  "venus-uranus": {
    conjunction: {
      short:
        "You are drawn to the unusual in love and art, and you need freedom and surprise to feel truly alive in your relationships.",
      long: "Attraction can strike suddenly for you, and you may value friendship and independence within love. Your taste is often original and ahead of its time. The pitfall is losing interest once things become predictable, so look for ways to keep curiosity alive inside commitments you value.",
    },
    harmonious: {
      short:
        "Affection and freedom work well together for you, allowing relationships that feel both close and open to growth.",
      long: "You can enjoy closeness without feeling trapped, and friends may find your taste refreshing. Creative experiments and new social circles tend to go well. Use this ease to model relationships built on mutual respect for independence, which can inspire people around you.",
    },
    challenging: {
      short:
        "A need for excitement can unsettle your need for closeness, bringing sudden attractions or breaks until you find your balance.",
      long: "You may be drawn to people who are unavailable, or feel restless just as a relationship settles. This friction can awaken your individuality and originality. Talk openly with partners about how much space you need, so that freedom becomes something you share rather than something you take.",
    },
  },
  "venus-neptune": {
    conjunction: {
      short:
        "Romance and imagination blend in you, giving you a tender, artistic nature and a longing for ideal love.",
      long: "You may be moved deeply by music, film or beauty, and you often see the best in the people you love. Compassion and creativity come naturally. The pitfall is falling for an image rather than a person, so give relationships time to show who someone truly is.",
    },
    harmonious: {
      short:
        "Compassion and affection support each other, giving you gentle charm and a gift for art, music or selfless kindness.",
      long: "You can express love with sensitivity and grace, and people may feel understood by you. Creative pursuits, from music to design, often flow easily for you. Nourish this gift through regular creative work or service, where your imagination and kindness can touch many people.",
    },
    challenging: {
      short:
        "Ideals in love can blur the facts, asking you to keep your tenderness while seeing people as they really are.",
      long: "You may idealize partners, make sacrifices that go unreturned or feel disappointed when reality falls short of a dream. The same sensitivity gives you great compassion. Check your impressions against actions over time, and let your romantic imagination flow into creative work as well as relationships.",
    },
  },
  "venus-pluto": {
    conjunction: {
      short:
        "Love for you is intense and transformative, and you tend to seek depth, loyalty and honesty rather than light flirtation.",
      long: "You may form powerful attachments and feel changed by the people you love. Your attraction often has a magnetic quality. The pitfall is jealousy or trying to control a relationship, so practice trust and let closeness grow through openness rather than holding on tightly.",
    },
    harmonious: {
      short:
        "Depth and affection support each other, allowing you to form lasting bonds that grow stronger through shared challenges.",
      long: "You can love intensely without losing your balance, and relationships often become a source of renewal for you. You may also have a powerful creative drive. Use this gift for depth in friendships and art, where your commitment can bring out the best in others.",
    },
    challenging: {
      short:
        "Intense feelings in love can stir power struggles, pushing you to transform old patterns so that closeness feels safe.",
      long: "You may experience attraction as overwhelming, or fear betrayal and guard your heart tightly. These experiences can lead to deep self-knowledge. Notice when desire starts turning into a wish for control, and let honest conversations replace the silent tests of loyalty that only deepen suspicion.",
    },
  },
  "venus-node": {
    conjunction: {
      short:
        "Love, beauty and harmony are part of your path of growth, so relationships and creative work tend to move your life forward.",
      long: "You may grow through partnership, art or learning to value yourself. People you meet can play a significant role in your direction. The pitfall is relying on others for self-worth, so cultivate your own sense of what you love and enjoy.",
    },
    harmonious: {
      short:
        "Your charm and values support your direction, helping you attract the people and experiences that encourage your growth.",
      long: "Kindness and good taste often open doors for you. Relationships tend to support your development rather than distract from it. Invest in friendships and creative pursuits that reflect what you care about, since they often guide you toward your best path.",
    },
    challenging: {
      short:
        "Old patterns in love or comfort can pull against your path, asking you to choose pleasures that support your growth.",
      long: "You may cling to familiar relationships or habits of indulgence that no longer help you move forward. This tension invites you to reconsider what you truly value. Notice which connections leave you stronger and which leave you stuck, and adjust with kindness.",
    },
  },
  "mars-jupiter": {
    conjunction: {
      short:
        "Energy and enthusiasm combine in you, giving you the confidence to take bold action and pursue ambitious goals.",
      long: "You tend to act with optimism and courage, and your enthusiasm can be contagious. Sports, adventure or big projects may attract you. The pitfall is overreaching or taking on too much at once, so choose a few goals and pursue them fully.",
    },
    harmonious: {
      short:
        "Your drive is supported by faith and vision, helping you act at the right moment and achieve goals with generous spirit.",
      long: "You can take initiative confidently and often find that effort brings good results. Team efforts, leadership or causes may suit you. Use this combination to champion ideas or people you believe in, since your energy can lift others and turn a good plan into a shared effort.",
    },
    challenging: {
      short:
        "Your drive and your appetite for more can feed each other, inviting recklessness until you learn to aim your energy with care.",
      long: "You may jump into action before thinking it through, or push too hard for too much. The same energy gives you courage and determination. Pause to set clear limits on projects and commitments, so your enthusiasm turns into progress rather than a pile of half-finished plans.",
    },
  },
  "mars-saturn": {
    conjunction: {
      short:
        "Drive and discipline are fused in you, giving you great endurance and the ability to work steadily toward difficult goals.",
      long: "You can hold energy in reserve and release it with precision, which suits demanding, long-term work. At times you may feel blocked, as if one foot were on the accelerator and the other on the brake. Treat patience as a skill rather than a restraint, and give pent-up frustration a regular, safe outlet before it hardens into resentment.",
    },
    harmonious: {
      short:
        "Your energy is well organized, so you can pace yourself, follow a plan and finish what you start.",
      long: "You combine initiative with caution, knowing when to push and when to wait. Crafts, technical skills or any work that rewards precise, sustained effort may suit you. Aim this gift at the projects other people abandon halfway, since your stamina and timing can carry them all the way to completion.",
    },
    challenging: {
      short:
        "Drive and caution can grind against each other, producing frustration that turns into real strength once you learn to work with it.",
      long: "You may feel thwarted just when you want to act, or swing between holding back and pushing too hard. Rules and authority figures can provoke you more than they provoke most people. Break large goals into small, steady steps, and notice that each finished step eases the pressure and builds a confidence you can rely on.",
    },
  },
  "mars-uranus": {
    conjunction: {
      short:
        "Your energy comes in bursts of daring and originality, and you tend to act quickly when something feels new or unfair.",
      long: "You may thrive on speed, change and independence, and routine can make you restless. You are often the first to try something untested. The pitfall is impulsive action, so build a brief pause into sudden decisions and take ordinary care with tools and traffic when you are in a hurry.",
    },
    harmonious: {
      short:
        "Courage and originality work together for you, giving you quick reflexes and a talent for inventive, unexpected solutions.",
      long: "You can act decisively when something unforeseen happens and adapt plans on the fly. New technologies or unconventional methods may suit you well. Put this energy into pioneering projects or reforms, where your willingness to try untested approaches can open paths that others will later follow.",
    },
    challenging: {
      short:
        "Sudden impulses and a hunger for independence can make you restless, asking you to channel rebellion into purposeful change.",
      long: "You may react abruptly to restrictions or bristle when others try to direct you. The same friction gives you the nerve to break out of situations that truly need changing. Give your energy regular variety and challenge, and slow down before acting on a sudden urge so you choose your battles well.",
    },
  },
  "mars-neptune": {
    conjunction: {
      short:
        "Your drive is guided by imagination and ideals, so you tend to act most wholeheartedly on behalf of a dream or a cause.",
      long: "You may be drawn to creative, spiritual or compassionate work, and your energy rises when you serve something larger than yourself. Direct confrontation can feel uncomfortable, so anger may come out sideways instead. Practice stating what you want plainly, and check now and then that your efforts are going toward goals that are real and reachable.",
    },
    harmonious: {
      short:
        "Action and imagination support each other, giving you the energy to bring creative visions and ideals to life.",
      long: "You can work tirelessly for a cause or an artistic project that moves you. Dance, music or other graceful, expressive movement may come naturally. Spend this inspired effort on behalf of people and causes you believe in, and let compassion guide how and where you use your strength.",
    },
    challenging: {
      short:
        "Your drive can lose its way in confusion or idealism, asking you to set clear aims and keep honest boundaries.",
      long: "You may feel unsure what you want, start projects with enthusiasm and then drift, or avoid confrontation until resentment builds. The same friction can fuel creative and spiritual work. Set concrete goals with visible steps, and say no directly rather than hoping a problem will dissolve on its own.",
    },
  },
  "mars-pluto": {
    conjunction: {
      short:
        "Your will is intense and relentless, giving you a powerful drive to overcome obstacles and transform whatever you take on.",
      long: "When you commit to something, you give it everything, and you can endure pressure that would stop others. People may sense your strength even when you stay quiet. The pitfall is ruthlessness or a need to win at any cost, so aim your power at problems rather than at people.",
    },
    harmonious: {
      short:
        "Strength and depth cooperate in you, giving you remarkable stamina and the ability to rebuild after hardship.",
      long: "You can focus your energy with great concentration and often succeed where others give up. Crisis work, research or demanding physical goals may suit you. Use this power to support causes worth the effort, and rest fully between pushes so your reserves stay deep.",
    },
    challenging: {
      short:
        "Power struggles and intense frustration can arise, pushing you to master your strength instead of being driven by it.",
      long: "You may feel locked in contests of will, or hold anger in until it erupts. These experiences can teach you the responsible use of power. Find outlets that let you work hard and release tension, and step back from fights that are more about control than about anything you actually need.",
    },
  },
  "mars-node": {
    conjunction: {
      short:
        "Courage and initiative are part of your path of growth, so acting boldly on your own behalf tends to move you forward.",
      long: "Your development may ask you to take risks, compete or stand up for what matters to you. Openings often come through action rather than waiting to be invited. The pitfall is confusing aggression with progress, so choose your battles and spend your energy on what truly advances you.",
    },
    harmonious: {
      short:
        "Your drive supports your direction, helping you seize openings and act at the right moment for your growth.",
      long: "You tend to find the energy you need when your path calls for it. Teamwork and friendly competition can help you develop faster than working alone. Use this ease to take the first step on projects that matter, since your initiative often sets the pace for others as well.",
    },
    challenging: {
      short:
        "Old habits of fighting or rushing can pull against your path, asking you to spend your energy more wisely.",
      long: "You may fall into familiar conflicts or act on impulse in ways that lead you in circles. This tension invites more conscious choices about where your effort goes. When you feel the urge to charge ahead, ask whether the step moves you toward growth or simply releases pressure.",
    },
  },
  "jupiter-saturn": {
    conjunction: {
      short:
        "Growth and structure meet in you, giving you a practical vision and the patience to build something of lasting value.",
      long: "This meeting recurs roughly every twenty years, so you share it with many people born around the same time, and it is traditionally read as a marker of how that cohort relates to institutions and public life. Personally, you may alternate between expansion and caution before learning to time your ambitions well. Your gift is turning big ideas into plans that can actually be carried out.",
    },
    harmonious: {
      short:
        "Optimism and realism cooperate for you, helping you plan wisely, take measured risks and grow at a sustainable pace.",
      long: "You can see possibilities without losing sight of practical limits, and people may trust your sense of what is achievable. Careers, organizations and long-term projects often benefit from your balanced judgment. Use this gift for steady, ambitious work, and share it with others who need help turning their hopes into workable plans.",
    },
    challenging: {
      short:
        "The urge to expand and the need for caution can pull against each other, teaching you to balance faith with responsibility.",
      long: "You may swing between overconfidence and discouragement, or feel that opportunity and duty keep arriving at the wrong moments. This friction can ripen into wise judgment over time. Review your commitments regularly, choosing which to grow and which to trim, so that growth and security can share the same life.",
    },
  },
  "jupiter-uranus": {
    conjunction: {
      short:
        "Optimism and originality combine in you, giving you a love of freedom and a knack for spotting openings that others overlook.",
      long: "You may be drawn to innovation, travel or unconventional beliefs, and you can inspire others with fresh visions of what is possible. You tend to welcome surprising turns and make the most of them. The pitfall is restlessness, so follow through on the best of your ideas instead of chasing every new spark.",
    },
    harmonious: {
      short:
        "Growth and innovation work together for you, helping you embrace change with confidence and find new routes to your goals.",
      long: "You can adapt plans quickly and see promise in the unexpected. Technology, education or social reform may interest you. Experiment boldly but with some thought for the consequences, and share what you discover with those who could benefit from your forward thinking.",
    },
    challenging: {
      short:
        "A craving for freedom and wider horizons can make you restless, asking you to ground your visions before you leap.",
      long: "You may feel confined by ordinary commitments or make sudden changes in pursuit of greater freedom. This friction can drive real breakthroughs when it is guided by reflection. Before a major change, try your plan on a small scale first, so your independence rests on solid ground.",
    },
  },
  "jupiter-neptune": {
    conjunction: {
      short:
        "Faith and imagination are magnified in you, giving you a generous, idealistic heart and a longing for meaning beyond the everyday.",
      long: "You may be drawn to spiritual, artistic or humanitarian pursuits, and your compassion can reach far beyond your own circle. You often see the potential good in people. The pitfall is unrealistic hope or giving too much, so check your dreams against practical facts and protect your own needs as well.",
    },
    harmonious: {
      short:
        "Vision and compassion support each other, giving you inspiring ideals and a gift for creative or charitable work.",
      long: "You can hold hope for others and make their dreams feel possible. Art, spiritual practice or service may bring you deep satisfaction. Use this gift to lift people up through teaching, creativity or simple kindness, and keep your sense of wonder alive as you get older.",
    },
    challenging: {
      short:
        "Big dreams can drift away from reality, asking you to keep your idealism while checking the facts closely.",
      long: "You may overestimate people or plans, promise more than you can give, or hope that a grand scheme will rescue you. The same friction nourishes generosity and imagination. Before committing your time or trust, gather concrete information and ask a grounded friend for an honest view.",
    },
  },
  "jupiter-pluto": {
    conjunction: {
      short:
        "Ambition and depth combine in you, giving you a drive to grow in influence and to transform whatever you believe in.",
      long: "You may think in terms of large-scale change and have a gift for persuasion or leadership. When you commit to a vision, you pursue it with your whole being. The pitfall is wanting too much control or certainty, so keep your ambitions tied to the good of the people they affect.",
    },
    harmonious: {
      short:
        "Growth and power cooperate for you, helping you pursue far-reaching goals and regenerate after setbacks.",
      long: "You can see the potential hidden in difficult situations and work patiently toward major change. Research, leadership or rebuilding work may suit you. Use this gift to support meaningful causes, and make a point of strengthening the people who work alongside you.",
    },
    challenging: {
      short:
        "A hunger for more influence or certainty can clash with reality, pushing you to hold your ambitions responsibly.",
      long: "You may become so absorbed in a cause or goal that other needs go unmet, or you may meet people who want power over you. These experiences can teach hard-won wisdom about influence. Check your motives regularly, and let even your strongest convictions stay open to revision.",
    },
  },
  "jupiter-node": {
    conjunction: {
      short:
        "Growth, learning and generosity are part of your path, so reaching for wider horizons tends to carry you forward.",
      long: "Your development may involve education, travel, teaching or questions of faith. Mentors and openings can appear when you pursue what gives life meaning. The pitfall is spreading yourself too thin, so choose the path that truly expands you rather than the one that merely looks impressive.",
    },
    harmonious: {
      short:
        "Optimism supports your direction, helping you find teachers, allies and experiences that encourage your growth.",
      long: "You may notice that generous people and good timing tend to appear when you follow your path. Study and wider perspectives can deepen your sense of purpose. Use this ease to pass on what you learn, since sharing knowledge tends to keep your own road open.",
    },
    challenging: {
      short:
        "Habits of excess or borrowed beliefs can pull against your path, asking you to find a faith that is truly your own.",
      long: "You may lean on familiar philosophies or overcommit to promising ventures that lead away from your growth. This tension invites you to examine what you actually believe. Test your convictions through experience, and let your beliefs evolve as your path unfolds.",
    },
  },
  "saturn-uranus": {
    conjunction: {
      short:
        "Tradition and innovation are fused in you, giving you the ability to build new structures that actually last.",
      long: "This contact is shared by people born within roughly a year of you, and it often marks a generation caught between old and new orders. Personally, you may swing between caution and rebellion before learning to reform things from within. Your gift is turning bold ideas into practical systems.",
    },
    harmonious: {
      short:
        "Stability and change cooperate for you, helping you introduce new methods wisely and update old structures smoothly.",
      long: "You can respect what works while welcoming improvement, which makes you a capable reformer. Technical fields and organizational roles may suit you. Use this gift to guide change in groups, since you can make progress feel safe to people who fear it.",
    },
    challenging: {
      short:
        "The pull between security and freedom can create tension, pushing you to find your own balance between order and change.",
      long: "Shared with many people born in the same year or two, this contact reflects a wider clash between old rules and new ideas. Personally, you may feel torn between responsibility and independence, or meet disruptions to carefully laid plans. Build flexibility into your structures and some structure into your freedoms.",
    },
  },
  "saturn-neptune": {
    conjunction: {
      short:
        "Reality and imagination meet in you, giving you the ability to give practical form to dreams and ideals.",
      long: "This contact is shared by people born within about a year of you, often marking a generation that questions established beliefs. Personally, you may alternate between skepticism and faith, or between duty and longing. Your strength lies in building structures that serve compassion or creativity.",
    },
    harmonious: {
      short:
        "Practicality and vision support each other, helping you turn ideals into concrete work that serves other people.",
      long: "You can balance realism with imagination, which suits creative or caring projects that require patience. Spiritual or artistic discipline may come naturally to you. Use this gift to shape dreams into lasting forms, whether a body of work, a community or a daily practice.",
    },
    challenging: {
      short:
        "Ideals and realities can clash, asking you to keep your dreams alive while accepting practical limits.",
      long: "Shared with others born around the same time, this contact may reflect a collective struggle between faith and doubt. You might feel disillusioned when ideals meet hard facts, or uneasy about what you cannot control. Take small, concrete steps toward your visions, and let each one rebuild your trust.",
    },
  },
  "saturn-pluto": {
    conjunction: {
      short:
        "Endurance and intensity combine in you, giving you great resolve and the capacity to rebuild after hard times.",
      long: "This contact is shared by people born within about a year of you, and it is traditionally linked with generations shaped by difficult collective events. Personally, you may take responsibility very seriously and face challenges head-on. Your strength lies in patient, determined renewal of whatever you take on.",
    },
    harmonious: {
      short:
        "Discipline and depth cooperate for you, giving you strategic patience and the strength to carry out lasting change.",
      long: "You can work steadily toward deep goals and handle pressure with composure. Leadership, research or rebuilding efforts may suit you. Use this gift to create structures that help others through change, since you understand both what must end and what must endure.",
    },
    challenging: {
      short:
        "Pressure and control can weigh heavily at times, pushing you to develop deep inner strength and resilience.",
      long: "Shared with many people born around the same time, this contact can reflect tension between established authority and forces of change. Personally, you may feel weighed down by responsibility or struggle against rigid structures. Let go of what cannot be saved, and put your energy into what can be renewed.",
    },
  },
  "saturn-node": {
    conjunction: {
      short:
        "Responsibility and structure are part of your path, so growth comes through commitment, patience and steady effort.",
      long: "Your development may involve leadership, mastery of a craft or accepting real-world limits. Progress can feel slow, but it tends to last. The pitfall is seeing duty as a burden, so look for the meaning in the work that shapes your future.",
    },
    harmonious: {
      short:
        "Discipline supports your direction, helping you build the skills and structures that carry your growth forward.",
      long: "You may find that mentors, routines and long-term plans serve your path well. Effort tends to pay off gradually rather than all at once. Use this steadiness to commit to what matters most, knowing that patience is part of your progress rather than a delay to it.",
    },
    challenging: {
      short:
        "Old fears or rigid rules can pull against your path, asking you to rethink responsibilities that hold you back.",
      long: "You may cling to familiar duties, wait for a permission you do not actually need, or let fear of failure slow your growth. This tension invites maturity and a quieter kind of self-trust. Examine which obligations are truly yours, and gently release those you carry only out of guilt or habit.",
    },
  },
  "uranus-neptune": {
    conjunction: {
      short:
        "This generational meeting of vision and change, shared by many born from the late 1980s through the 1990s, gives you a feel for new ideals.",
      long: "You belong to a generation shaped by fast changes in technology, culture and belief. Personally, you may feel drawn to spirituality, digital creativity or idealistic causes, and you may sense that old categories no longer fit. The task is to ground your visions in practical action so your generation's hopes can take real form.",
    },
    harmonious: {
      short:
        "This generational contact links imagination with innovation, giving you and your peers an intuitive ease with change and new ideals.",
      long: "Shared by many people born in the same years, this aspect reflects a time when creativity and progress supported each other. Personally, you may adapt to change with grace and find inspiration in emerging ideas. Use this gift to help others see the possibilities in change rather than only its risks.",
    },
    challenging: {
      short:
        "This generational tension between ideals and sudden change can leave you searching for stable meaning amid shifting beliefs.",
      long: "Shared by people born across several years, this contact reflects a period of unsettled ideals and disrupted certainties. Personally, you may feel restless or unsure what to believe. Stay curious and grounded, testing new ideas against your lived experience before you build your life on them.",
    },
  },
  "uranus-pluto": {
    conjunction: {
      short:
        "This generational meeting of revolution and transformation, shared by many born in the 1960s, gives you a drive to challenge and remake systems.",
      long: "Your generation grew up amid sweeping social change, and you may carry an instinct to question authority and push for reform. Personally, you may go through sudden turning points that reshape your life. Channel this energy into constructive change rather than upheaval for its own sake.",
    },
    harmonious: {
      short:
        "This generational contact links change with depth, giving you and your peers a capacity to adapt, renew and reinvent.",
      long: "Shared by many people born in the same years, this aspect reflects a time when innovation and transformation worked together. Personally, you may handle major life changes with resilience and insight. Use this capacity to guide others through transitions that feel overwhelming to them.",
    },
    challenging: {
      short:
        "This generational tension between upheaval and transformation can bring abrupt changes, asking you to find stability within yourself.",
      long: "Shared by people born across several years, this contact reflects a period of social pressure and radical change. Personally, you may feel pushed to break free of structures or face unexpected turning points. Cultivate inner steadiness, and let change unfold at a pace you can actually integrate.",
    },
  },
  "uranus-node": {
    conjunction: {
      short:
        "Independence and originality are part of your path, so growth comes through embracing change and following your own vision.",
      long: "Your development may involve innovation, technology, activism or choices that surprise the people who know you. Unexpected openings tend to appear once you dare to be different. The pitfall is rebelling without a direction, so let your freedom serve a purpose you can name and explain to someone else.",
    },
    harmonious: {
      short:
        "Your love of freedom supports your direction, helping you find fresh approaches and communities that encourage your growth.",
      long: "You may find that unexpected events or new ideas push you forward at helpful moments. Friends, groups or networks can play an important role. Use this ease to experiment with new paths, trusting that curiosity tends to guide you well.",
    },
    challenging: {
      short:
        "Sudden changes or restless habits can pull against your path, asking you to balance independence with commitment.",
      long: "You may break away from situations before they have a chance to help you grow, or feel unsettled by unexpected shifts. This tension invites you to discover freedom that is not merely escape. When change comes, ask what it is asking you to build, not only what to leave behind.",
    },
  },
  "neptune-pluto": {
    conjunction: {
      short:
        "This rare generational meeting of vision and transformation occurs roughly once every five centuries, marking a deep shift in collective ideals.",
      long: "Those born under it belong to a generation whose beliefs and imagination were reshaped at the roots. Personally, it can show as a pull toward spiritual or cultural renewal that feels larger than your own life. Let this sense of connection to history inspire you to contribute to change in your own way.",
    },
    harmonious: {
      short:
        "This long-lasting generational sextile joins imagination and transformation, giving many people alive today a shared capacity for deep renewal.",
      long: "Spanning several decades, this contact is shared by most people living now, so it describes a background current more than a personal trait. It can show as an openness to inner change, spiritual exploration or creative reinvention. Use it by letting your ideals evolve as you grow, rather than holding them fixed.",
    },
    challenging: {
      short:
        "This generational tension between ideals and deep change is uncommon in modern charts and points to collective upheaval in belief.",
      long: "When it appears, it marks a generation facing the breakdown of old ideals and the slow birth of new ones. Personally, it may feel like a background unease about meaning or power. Stay grounded in practical compassion, and look for small ways to take part in collective renewal.",
    },
  },
  "neptune-node": {
    conjunction: {
      short:
        "Compassion, imagination and spirituality are part of your path, so growth comes through trusting your intuition and serving something larger.",
      long: "Your development may involve art, music, spiritual practice or quiet service to others, and you may feel guided by an inner sense you cannot fully explain. The pitfall is vagueness or escaping into daydreams when life gets demanding. Ground your intuition in concrete steps, such as a regular creative practice or a volunteer commitment with fixed hours.",
    },
    harmonious: {
      short:
        "Your imagination supports your direction, helping you find meaning and inspiration that guide your growth.",
      long: "Creative, spiritual or compassionate pursuits may open doors for you at just the right moments. You can usually trust your hunches about people and paths, especially when they feel gentle rather than urgent. Follow that inspiration, and keep one foot in the practical rhythms of daily life so your dreams have somewhere to land.",
    },
    challenging: {
      short:
        "Confusion or escapism can pull against your path, asking you to keep your ideals while staying clear about facts.",
      long: "You may drift into daydreams, make sacrifices nobody asked for or hold onto flattering illusions that lead away from your growth. This tension invites discernment and honest self-reflection. Check your intuition against what actually happens, and choose commitments that honor both your ideals and the plain facts of your situation.",
    },
  },
  "pluto-node": {
    conjunction: {
      short:
        "Transformation and depth are part of your path, so growth comes through facing hard truths and allowing yourself to change.",
      long: "Your development may involve crisis and renewal, or learning to handle power well in relationships and work. You may feel drawn to subjects and situations that others prefer to avoid. The pitfall is fearing change or trying to manage every part of it, so let transformation happen one honest step at a time.",
    },
    harmonious: {
      short:
        "Depth supports your direction, helping you use crises and insights as turning points for meaningful growth.",
      long: "You may find that difficult experiences ultimately move you forward rather than holding you back. Research, the study of human nature or work that involves rebuilding can suit your path. Use this ease to accompany others through change, drawing on the resilience you have already earned in your own turning points.",
    },
    challenging: {
      short:
        "Old patterns of control or fear can pull against your path, asking you to release what no longer serves you.",
      long: "You may repeat old power struggles or cling to a familiar intensity that keeps you stuck in the same story. This tension invites you to let go of past hurts and choose new responses. Notice when fear is driving your choices, and practice trusting small changes before attempting large ones.",
    },
  },
};

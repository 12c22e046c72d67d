import type { Corpus } from "../types.ts";

/**
 * Each corpus body in each house (English). Passages never name a sign or any other house: the
 * composer writes the placement's lead sentence with the sign and house itself.
 */
export const BODY_IN_HOUSE: Corpus["bodyInHouse"] = {
  sun: {
    "1": {
      short:
        "You tend to meet life head-on, and people notice your presence quickly because you show who you are without much hesitation.",
      long: "Your sense of purpose is bound up with how you carry yourself, so you feel most alive when you can act on your own initiative and be seen doing it. Others often read you as confident and direct, even on days when you feel unsure inside. The trap is treating every situation as a stage for your identity; let some moments belong to other people, and notice how much lighter you feel.",
    },
    "2": {
      short:
        "You build confidence by creating things that last, and your self-worth grows as you learn what you truly value and can provide for yourself.",
      long: "Much of your identity rests on what you earn, keep and know how to do with your own hands or skills. Steady progress toward self-sufficiency gives you real pride, and you tend to stay loyal to the things and principles you have chosen. Watch for measuring your whole worth by a balance or a possession. Listing the qualities you value in yourself, apart from any price, steadies you when income rises and falls.",
    },
    "3": {
      short:
        "You come alive in conversation, errands and fresh ideas, and you often find your purpose by learning, explaining or passing on what you know.",
      long: "Your days probably fill with messages, short trips and chats with neighbours or siblings, and you enjoy being the person who knows what is going on locally. Writing, speaking and teaching are natural outlets for your vitality. The risk is scattering your energy across too many threads at once. Choosing one subject to go deep on each season lets your curiosity grow into genuine expertise.",
    },
    "4": {
      short:
        "Your sense of self is rooted in home and family history, and you often shine most brightly in private rather than in public view.",
      long: "You may feel that your real life happens behind your own front door, among the people and rituals that make a place feel like yours. Questions about where you come from shape who you become, and your confidence often deepens later in life as your foundations settle. Be careful not to hide there indefinitely. Inviting trusted people into your space lets them see the warmth you keep at the centre.",
    },
    "5": {
      short:
        "You shine when you create, play and take heartfelt risks, and you bring a generous, playful spark to romance, hobbies and time with children.",
      long: "Joy is a source of energy for you rather than a luxury, and you feel most like yourself when making something, performing or simply having fun with people you love. Art, games, coaching young people or any pursuit that lets you express yourself openly can suit you. The snag is needing applause to feel worthwhile. Make some things purely for your own delight, with no audience at all.",
    },
    "6": {
      short:
        "You find purpose in being useful, and a well-run daily routine, meaningful work and good care of your body help you feel whole.",
      long: "You tend to express yourself through competent, practical effort, and you may take quiet pride in doing ordinary tasks properly. Serving colleagues, clients or animals can give your days real meaning. Because your identity is tied to being productive, you can slip into perfectionism or overwork when you feel unseen. Building rest into your schedule as deliberately as you plan your tasks keeps your energy steady and your standards kind.",
    },
    "7": {
      short:
        "You discover who you are through close partnerships, and you often shine most when working alongside someone else rather than entirely alone.",
      long: "One-to-one relationships, whether romantic, creative or professional, act as mirrors that show you your own strengths. You bring warmth and commitment to partners and may have a talent for negotiation or counselling. The pitfall is handing your sense of direction to the people you are close to, or expecting them to supply the confidence you lack. Keep one or two goals that are entirely yours, and bring them into the partnership as an equal.",
    },
    "8": {
      short:
        "You are drawn to what lies beneath the surface, and you grow strongest through deep bonds, shared stakes and periods of real change.",
      long: "Small talk rarely satisfies you; you want to know what drives people, yourself included. Shared resources, intimacy and life's turning points are where you find your power, and you can be remarkably steady in a crisis. You may also guard your privacy closely and struggle to let others in. Trusting one person with something small, then something larger, shows you that vulnerability and strength can live together.",
    },
    "9": {
      short:
        "You come alive when exploring big questions, distant places and new ways of thinking, and you often feel called to share what you discover.",
      long: "Travel, study, philosophy and encounters with other cultures feed your sense of who you are. You may be a natural teacher, writer or guide, and people look to you for a wider perspective. The risk is chasing the next horizon so eagerly that you neglect what is in front of you, or preaching where listening would serve better. Let your beliefs stay open to revision, and treat each conversation as a chance to learn.",
    },
    "10": {
      short:
        "You want your life to count in the wider world, and you often find purpose through a visible role, a vocation or public responsibility.",
      long: "Achievement and reputation matter to you, and you may be recognised for your work more widely than you expect. You bring drive and a sense of duty to whatever you take charge of. The danger is letting a title become your whole identity, so that setbacks at work feel like personal failures. Nurturing friendships and interests that have nothing to do with status gives you somewhere to stand when careers shift.",
    },
    "11": {
      short:
        "You shine in groups, networks and shared causes, and your sense of purpose grows when you work toward a future you believe in.",
      long: "Friends and communities play a central part in your life, and you often become the one who brings people together or keeps a group moving. Ideals stir you, and you may feel most yourself while working for something larger than personal gain. The snag is losing your individuality in the crowd, or keeping everyone at a friendly distance. Make time for a few close friendships where you are known, not merely liked.",
    },
    "12": {
      short:
        "Your light often burns quietly, and you may find your deepest sense of self in solitude, reflection, creative dreaming or behind-the-scenes service.",
      long: "You may feel more at ease working out of the spotlight, and your strongest gifts can emerge in studios, care settings, retreats or anywhere quiet attention is valued. Compassion comes naturally, and you often sense what others leave unsaid. The trap is hiding your talents or doubting that you deserve to be seen. Time alone recharges you; pair it with small, deliberate steps into visibility so your gifts reach people.",
    },
  },
  moon: {
    "1": {
      short:
        "Your feelings show readily on your face, and you respond to the world by instinct, picking up the mood of a room within moments.",
      long: "You tend to lead with your emotions, which makes you approachable, sympathetic and easy to read. Your mood can colour your whole manner, and people may see you as nurturing or sensitive before they know anything else about you. The pitfall is taking each passing feeling as the final truth about who you are. A brief pause to name what you feel before you act gives you more choice in how you respond.",
    },
    "2": {
      short:
        "You feel emotionally safe when your material life is stable, and familiar belongings and a steady income often soothe you more than words can.",
      long: "Comfort matters to you, and you may keep objects for their memories as much as for their use. Your spending can rise and fall with your moods, so knowing your emotional patterns helps you look after your resources. You have a gift for creating a sense of plenty from simple things. When you feel insecure, ask yourself which needs are truly material and which are really a wish for reassurance.",
    },
    "3": {
      short:
        "You process feelings by talking, writing and keeping in touch, and a lively bond with siblings, neighbours or local life keeps you settled.",
      long: "Your moods are closely linked to your thoughts, so a good conversation or a quiet journal entry can change how you feel. You may keep frequent contact with relatives or a familiar neighbourhood circle, and you learn best when you feel emotionally at ease. Anxiety can show up as restless overthinking or idle gossip. Notice when your mind is circling, and let a walk or a trusted listener help it land.",
    },
    "4": {
      short:
        "Home is your emotional anchor, and you need a private space, familiar rituals and close family ties to feel truly at ease.",
      long: "You are likely to invest a great deal of feeling in your living space and in the people who share it. Memories of early family life can stay vivid and shape your habits for years. You have a strong capacity to nurture and to make others feel they belong. The risk is retreating into the nest whenever the outside world feels hard, so let your home restore you and then step back out refreshed.",
    },
    "5": {
      short:
        "You feel most emotionally alive when playing, creating or loving openly, and children, hobbies and romance can be deep sources of comfort.",
      long: "Your moods brighten when there is room for fun and self-expression, whether that means painting, dancing, caring for young people or falling for someone. You bring tenderness and imagination into play. The snag is seeking reassurance through drama, or needing constant attention from those you love. Keep a creative outlet that is just for you, so your feelings have somewhere to flow when others are busy.",
    },
    "6": {
      short:
        "You find emotional steadiness in daily routines and useful work, and you often show care through practical help rather than grand gestures.",
      long: "Your moods are tied to the rhythm of your days, so meals, sleep and a tidy workspace affect how you feel more than you might expect. You tend to look after colleagues and may be the one who notices who needs support. The trap is fussing over small details when a bigger feeling needs attention. When you catch yourself reorganising a drawer at midnight, ask what is really troubling you.",
    },
    "7": {
      short:
        "You need close partnership to feel secure, and you are highly attuned to the moods and needs of the people you pair with.",
      long: "Relationships can feel like home to you, and you often give a great deal of warmth and care to partners and close collaborators. You may read others' feelings easily and adapt to keep the peace. The pitfall is depending on a partner to settle your moods, or choosing people who need rescuing. Learning to soothe yourself first makes you a steadier companion and helps you pick relationships that nourish both sides.",
    },
    "8": {
      short:
        "Your emotions run deep and private, and you seek security through intense bonds where trust is tested and then truly earned.",
      long: "You may feel things strongly yet show them to only a chosen few, and you often sense hidden currents in families or groups. Shared resources, family legacies and moments of loss can stir powerful reactions in you. You are capable of real emotional renewal after hard times. The danger is clinging to old hurts or testing loved ones; naming your fears plainly, rather than guarding them, lets closeness grow.",
    },
    "9": {
      short:
        "You find comfort in meaning, and travel, study or a guiding philosophy can give you the emotional security others find in routine.",
      long: "You may feel restless when life becomes too narrow, and a trip, a course or a long talk about beliefs can lift your mood quickly. Foreign places and people from other backgrounds may feel surprisingly familiar. The snag is running toward the horizon whenever feelings get uncomfortable close to home. Let your search for meaning include your own emotions, and the wisdom you seek may turn out to be nearby.",
    },
    "10": {
      short:
        "Your public life carries strong emotional weight, and you often feel secure when your work lets you care for others or be recognised.",
      long: "You may be seen as a caring or protective figure in your field, and the public can respond to you on a feeling level. Changes in your career often mirror changes inside, and your reputation may matter to you more than you admit. The risk is letting work absorb your whole emotional life, or feeling exposed when things go wrong in view of others. Keep a private refuge where you need not play any role.",
    },
    "11": {
      short:
        "Friends feel like family to you, and belonging to a supportive group or community gives you a deep sense of emotional safety.",
      long: "You tend to nurture your circles, remember birthdays and notice when someone drifts away. Shared hopes and causes can move you strongly, and your moods may rise and fall with the atmosphere of the group. The trap is leaning on the crowd for reassurance while avoiding one-to-one intimacy. Cultivate a couple of friendships where you can be openly vulnerable, and let the wider network be a bonus rather than a lifeline.",
    },
    "12": {
      short:
        "Your feelings often work beneath the surface, and you need regular solitude and quiet to understand what you truly feel.",
      long: "You may absorb the moods around you without realising it, which makes you compassionate but sometimes drained. Dreams, music and reflective practices help you sort your own feelings from everyone else's. The pitfall is hiding needs even from yourself, or caring for others to avoid your own sadness. Set aside unhurried time alone, then share what you find there with one trusted person.",
    },
  },
  mercury: {
    "1": {
      short:
        "You think on your feet and speak readily, and people often notice your quick wit and curiosity before anything else about you.",
      long: "Your mind sits close to the surface, so you tend to ask questions, comment and make connections out loud. You may look youthful or animated and can adapt your manner to almost any audience. The snag is nervous chatter, or reacting before you have thought things through. Taking a breath before you answer lets your natural sharpness come across as insight rather than haste.",
    },
    "2": {
      short:
        "You think practically about money and possessions, and your ideas, words or skill with information can become a real source of income.",
      long: "You tend to weigh decisions by their usefulness and may enjoy budgeting, comparing prices or learning skills that pay. Writing, teaching, sales or any trade built on communication can suit you well. The trap is worrying about resources in circles, or valuing ideas only when they earn something. Give yourself permission to learn some things purely for interest; they often prove useful later in unexpected ways.",
    },
    "3": {
      short:
        "Your mind is at home in everyday exchange, and you learn quickly from books, conversation, local life and the people around you.",
      long: "You may be an avid reader, texter or note-taker, and siblings or neighbours can be important sounding boards. Short journeys and fresh information keep your thinking lively, and you have a gift for making complex things simple for others. The risk is spreading your attention so thin that little gets finished. Closing each day by noting one thing you learned helps turn all that input into understanding.",
    },
    "4": {
      short:
        "Your thoughts often turn toward home and the past, and you think best in a familiar, private space where you feel settled.",
      long: "Family conversations may have shaped the way you speak and reason, and you might still hear older voices in your own opinions. You may enjoy working from home, researching family history or studying places and traditions. The pitfall is brooding over old memories, or keeping your real views for the kitchen table. Share your ideas beyond the family circle too, where they can be tested and grow.",
    },
    "5": {
      short:
        "You think playfully and creatively, and games, stories, flirtation and teaching young people can all bring out your sharpest ideas.",
      long: "You enjoy wordplay, puzzles and conversations that sparkle, and writing or performing can be natural creative outlets. Romance often begins for you with a meeting of minds. The snag is turning every exchange into a show, or losing interest once the novelty fades. Committing to one creative project long enough to finish it shows you how much depth your quick mind can reach.",
    },
    "6": {
      short:
        "You think in methods and systems, and you are good at analysing problems, organising tasks and improving the way work gets done.",
      long: "Your mind likes to be useful, so lists, schedules and practical research often give you satisfaction. Roles involving detail, editing, logistics or technical skill can suit you. The trap is fretting over small errors or imagined problems that grow the more you dwell on them. Channelling that attention into one concrete improvement at a time keeps your mind calm and effective.",
    },
    "7": {
      short:
        "You think best in dialogue, and partners, clients and close collaborators sharpen your ideas through discussion, debate and negotiation.",
      long: "You may be skilled at seeing both sides of an argument, which suits mediation, consulting or any work built on agreements. Partners who can talk with you as equals matter a great deal. The pitfall is waiting for someone else's opinion before forming your own, or analysing relationships until they feel like contracts. Jot down your own view first, then bring it into the conversation.",
    },
    "8": {
      short:
        "Your mind is drawn to hidden motives, mysteries and difficult subjects, and you can research or investigate with remarkable persistence.",
      long: "Surface explanations rarely satisfy you, so psychology, research, forensic work or anything that requires digging may appeal. You keep confidences well and often choose your words with care. The risk is suspicion, or turning thoughts over and over in private. Talking through heavy topics with someone you trust, rather than carrying them silently, helps your insight become a resource instead of a burden.",
    },
    "9": {
      short:
        "Your mind reaches for the big picture, and you love exploring philosophies, languages, travel and ideas from well beyond your own background.",
      long: "Teaching, publishing, study abroad or any field where ideas cross borders may draw you. Conversations about meaning excite you more than gossip or routine detail. The snag is generalising too quickly, or announcing opinions before checking the facts. Pairing your broad vision with a careful reading of the fine print makes your thinking both inspiring and reliable.",
    },
    "10": {
      short:
        "Your voice and ideas are a visible part of your career, and you may be known for how well you speak, write or plan.",
      long: "Communication is likely to be central to your working life, whether through teaching, media, sales, administration or strategy. You tend to think about your long-term direction and can state goals clearly. The trap is judging every idea by how it will look to others, or taking public criticism of your views personally. A private notebook for unpolished thoughts gives your mind room to roam.",
    },
    "11": {
      short:
        "You think in networks and possibilities, and lively friendships, group discussions and shared causes stimulate your best ideas.",
      long: "You may enjoy brainstorming with friends, organising communities or collaborating online with people you know only through a screen. Your ideas often look ahead to how things could be better for everyone. The pitfall is trading deep conversations for endless chatter, or defending the group's opinion instead of your own. Make space for one-to-one talks where you can think slowly and say what you really mean.",
    },
    "12": {
      short:
        "Your mind works quietly and intuitively, and you often grasp things through images, dreams and reflection before you can put them into words.",
      long: "You may think best alone, late at night or in a calm, secluded space. Poetry, music, meditation or research in archives can suit your inward way of learning. The risk is keeping your ideas to yourself out of self-doubt, or worrying silently about things you could simply ask. Writing privately first and then sharing a little helps your subtle insights reach the people who need them.",
    },
  },
  venus: {
    "1": {
      short:
        "You come across as gracious and approachable, and you naturally bring charm, style and a wish for harmony into new meetings.",
      long: "People tend to find you easy company, and you may take pleasure in how you present yourself through clothing, manners or a warm smile. You often smooth over tension without trying. The snag is relying on likeability to dodge conflict, or saying yes to keep everyone happy. Practising a kind but clear no protects your energy and makes your pleasant manner more trustworthy.",
    },
    "2": {
      short:
        "You have good taste and a sense for lasting value, and you tend to attract resources by doing what you genuinely enjoy.",
      long: "Comfort, beauty and quality matter to you, and you may prefer a few well-made things to many cheap ones. Earning through art, design, hospitality or anything pleasing to the senses can suit you. The trap is spending to soothe your feelings or clinging to possessions for security. Noticing which purchases still please you a month later helps you put your money where your values are.",
    },
    "3": {
      short:
        "You speak kindly and persuasively, and you take pleasure in good conversation, friendly neighbours and warm ties with siblings or cousins.",
      long: "Words are one of your gifts, so writing, teaching, sales or social media can come easily. You tend to ease local disagreements and may share a sweet rapport with a sibling or cousin. The pitfall is saying what people want to hear rather than what you think. Let your charm carry honest messages, and your words will be both welcome and worth trusting.",
    },
    "4": {
      short:
        "You want a beautiful, peaceful home, and you show love by creating comfort, sharing meals and keeping family bonds warm.",
      long: "Your living space matters to you, and you may spend real time choosing colours, fabrics or plants that make it feel gentle. Family gatherings can be sources of joy, and you often play the peacemaker at home. The risk is avoiding necessary arguments to keep things pleasant. Invite new people through your door now and then; your hospitality is a gift that can reach beyond the family.",
    },
    "5": {
      short:
        "You love to love, and romance, creative play, beauty and fun come naturally to you, bringing real joy to yourself and others.",
      long: "Dating, flirting, art, music and all kinds of pleasurable leisure are likely to delight you, and young people may respond warmly to your gentleness. The snag is chasing the thrill of new attraction, or indulging pleasures past the point of enjoyment. Treat your creativity as a relationship in itself. Tending it steadily gives you a source of joy that no one else can take away.",
    },
    "6": {
      short:
        "You bring grace and kindness to daily work, and you enjoy a pleasant workplace, cooperative colleagues and routines that feel good.",
      long: "You may be the person who makes the office or shared workshop more welcoming, and friendly colleagues can matter as much to you as the pay. Work involving beauty, care or wellbeing can suit you. The trap is putting off unpleasant tasks or sliding into comfortable habits that no longer serve you. Pairing a dull chore with something you enjoy, such as music or a good view, keeps your days balanced.",
    },
    "7": {
      short:
        "You thrive in partnership, and you bring charm, fairness and a gift for cooperation to romantic, creative and business relationships alike.",
      long: "Close relationships are central to your happiness, and you may attract partners who are gracious, artistic or socially skilled. You are good at compromise and can often see what would make an arrangement fair. The pitfall is keeping the peace at your own expense, or idealising a partner. Stating your own preferences plainly, even in small matters, makes the harmony you create genuine and lasting.",
    },
    "8": {
      short:
        "You love deeply and privately, and you are drawn to intense bonds where trust, intimacy and shared resources are fully engaged.",
      long: "Casual relationships may leave you unsatisfied, since you want closeness that changes you. You may also have a knack for managing joint money or attracting support from others. The risk is jealousy, possessiveness or using affection as leverage. Being open about your needs and limits, especially around money in relationships, allows your capacity for depth to create bonds that heal rather than bind.",
    },
    "9": {
      short:
        "You fall in love with ideas, places and people from other backgrounds, and travel, study and art broaden your sense of beauty.",
      long: "Distant cultures, languages and philosophies can attract you, and you may find romance or friendship while travelling or studying. You appreciate art that carries meaning. The snag is idealising what is far away and underrating what is close. Bring a little of that adventure into ordinary life, by cooking an unfamiliar dish or visiting a gallery, and your daily world grows richer.",
    },
    "10": {
      short:
        "You tend to succeed through charm, diplomacy and a sense of style, and people may see you as gracious in your public role.",
      long: "Careers in the arts, design, diplomacy, hospitality or anything built on relationships can suit you well. Colleagues and superiors often support you because you are easy to work with. The trap is caring so much about being liked at work that you avoid tough decisions. Let your reputation rest on warmth and substance together; pairing grace with clear goals earns lasting respect.",
    },
    "11": {
      short:
        "You make friends easily, and warm friendships, pleasant groups and shared ideals bring you much of your happiness.",
      long: "You may be the social glue in your circles, introducing people and smoothing tensions. Friendships can sometimes turn into romance, and you tend to enjoy gatherings with a creative or cause-driven spirit. The pitfall is spreading your affection so widely that no one knows you deeply. Investing in a few close friends keeps your social world warm and sincere.",
    },
    "12": {
      short:
        "Your affections often run quiet and deep, and you may find beauty in solitude, private devotion, compassionate service or hidden creative work.",
      long: "You may love in secret, feel drawn to people who need help, or express tenderness through art that others rarely see. Time alone with music, nature or a creative practice can restore you. The risk is sacrificing yourself for love or accepting less than you deserve. Your kindness counts most when it includes you, so let someone care for you as generously as you care for them.",
    },
  },
  mars: {
    "1": {
      short:
        "You meet life with energy and directness, and people sense your drive, courage and readiness to act as soon as you arrive.",
      long: "You tend to move quickly, speak plainly and take the initiative when others hesitate. Physical activity and friendly competition can be important outlets for all that energy. The snag is impatience, and starting fights that are not worth having. Channelling your fire into a clear personal goal, and counting to three before reacting, turns your boldness into a lasting strength.",
    },
    "2": {
      short:
        "You work hard for what you own, and your drive is often focused on earning, building resources and defending your values.",
      long: "You can be energetic and resourceful about money, often preferring to earn by your own efforts rather than wait for chances to arrive. You tend to act quickly on purchases you believe in. The trap is impulsive spending, or fighting stubbornly over possessions. A short waiting period before large decisions lets your initiative work with, rather than against, your long-term security.",
    },
    "3": {
      short:
        "You think and speak with force, and you can argue your case, learn fast and act on ideas the moment they arrive.",
      long: "Your mind is quick and competitive, so debates, deadlines and fast-moving settings bring out your best. You may be busy with errands, driving or short trips, and sibling relationships can mix rivalry with loyalty. The pitfall is sharp words that land harder than you intended. Slowing down in emails and tense conversations helps your honesty come across as helpful rather than combative.",
    },
    "4": {
      short:
        "You put a great deal of energy into home and family, and you may fight hard to protect the people and place you call yours.",
      long: "You may enjoy renovating, gardening or any hands-on work that improves your living space. Family life can be lively, with strong opinions and occasional clashes. Anger that finds no outlet elsewhere can end up spilling out at home. Finding physical outlets and speaking up at work or among friends keeps your private life a place of rest rather than a battleground.",
    },
    "5": {
      short:
        "You pursue pleasure, romance and creative projects with passion, and you love friendly competition, sport and bold self-expression.",
      long: "You are likely to be an enthusiastic player, lover or maker who throws yourself into whatever excites you. Sport, performance and energetic time with children can all suit you. The risk is taking chances simply for the thrill, or treating romance as a conquest. Aiming your competitive streak at your own personal best brings the excitement you want without the fallout.",
    },
    "6": {
      short:
        "You work energetically and efficiently, and you feel best when your days are full of useful activity and physical movement.",
      long: "You can get through large amounts of work and may be impatient with slow processes or idle colleagues. Regular movement gives your restlessness a useful outlet. The snag is pushing through fatigue, or clashing with co-workers over how tasks should be done. Building breaks into your schedule and choosing your battles keeps your energy productive instead of irritable.",
    },
    "7": {
      short:
        "You are drawn to energetic, assertive partners, and your relationships can be passionate, competitive and full of honest, lively debate.",
      long: "You may meet strong personalities in close relationships, or do your best work with a rival or co-founder to spar with. Conflict can be part of how you build intimacy. The trap is seeing your own anger only in others, or choosing partners who fight your battles for you. Owning your desires openly, and agreeing fair rules for disagreements, keeps your partnerships lively without becoming hostile.",
    },
    "8": {
      short:
        "Your drive runs deep and intense, and you pursue intimacy, shared ventures and personal change with focus and considerable willpower.",
      long: "You can be strategic and determined, especially where trust, joint money or emotional stakes are involved. Crisis tends to sharpen rather than frighten you. The pitfall is power struggles, jealousy or grabbing for control when you feel vulnerable. Naming your needs directly, rather than working around them, lets your formidable strength create closeness instead of conflict.",
    },
    "9": {
      short:
        "You fight for your beliefs and chase adventure, and travel, study and bold ideas give your energy a meaningful direction.",
      long: "Challenging journeys, demanding study or causes that stretch your courage may call to you. You can argue a philosophy with real passion and inspire others to act. The risk is crusading too hard, treating differences of opinion as battles, or setting off abroad without preparation. Letting curiosity lead before conviction keeps your quest for truth open and energising.",
    },
    "10": {
      short:
        "You are ambitious and driven in your career, and you tend to pursue public goals with energy, courage and a competitive spirit.",
      long: "You may prefer to lead or work independently rather than wait for instructions, and you often rise through sheer effort. Fields that reward initiative, such as running a business, sport, emergency work or engineering, can suit you. The snag is clashing with authority or pushing so hard that you burn bridges. Pacing your ambition with strategy earns you a reputation for getting things done well.",
    },
    "11": {
      short:
        "You put your energy into friendships, groups and causes, and you often become the one who gets a team moving toward shared goals.",
      long: "Activism, team sport or clubs where action matters more than talk may draw you. Friends appreciate your enthusiasm and willingness to pitch in. The trap is arguing with allies, or treating the group as a place to prove yourself. Pointing your competitive streak outward, toward the goal you share, keeps your friendships energising and your causes moving.",
    },
    "12": {
      short:
        "Your drive often works behind the scenes, and you may act most effectively in quiet, independent or service-minded settings.",
      long: "You may find it hard to show anger openly, so frustration can build until it leaks out sideways. Working alone, in research, in care settings or for a cause larger than yourself can harness your strength well. The pitfall is passive resistance or quietly undermining your own plans. Solitary exercise and a private way to vent, such as writing, help you use your energy consciously.",
    },
  },
  jupiter: {
    "1": {
      short:
        "You come across as open, generous and optimistic, and your enthusiasm often draws opportunities and goodwill wherever you go.",
      long: "People may see you as warm, expansive and larger than life, and your confidence can be contagious. You tend to learn through direct experience and are willing to try new things. The risk is overpromising, overindulging or assuming things will work out without effort. Pairing your natural faith with follow-through makes you a person whose optimism others can rely on.",
    },
    "2": {
      short:
        "You tend to attract resources through generosity and confidence, and you value growth, comfort and sharing what you have.",
      long: "You often have a hopeful relationship with money and may earn through teaching, travel, publishing or anything that widens other people's horizons. Giving comes easily to you. The snag is spending freely on the assumption that more is on its way. A simple budget that includes a generous giving line lets you enjoy abundance without anxiety.",
    },
    "3": {
      short:
        "You learn widely and speak with enthusiasm, and your curiosity turns local life, study and conversation into a steady stream of opportunities.",
      long: "You may be a generous teacher, writer or talker who enjoys passing on knowledge, and siblings or neighbours can be sources of support. Short trips and new courses keep your spirits high. The trap is promising more than you can deliver, or skimming many topics without digesting them. Choose a few interests to pursue properly, and your breadth of knowledge matures into real wisdom.",
    },
    "4": {
      short:
        "Home is a place of generosity and growth for you, and you often want a spacious, welcoming household full of people.",
      long: "You may come from, or go on to create, a family with an expansive spirit, strong traditions or a sense of faith. Your private life tends to grow richer over time, perhaps through more room, more people or a deeper sense of belonging. The pitfall is taking on too much at home, or overstretching for property. Focus on the warmth of the place rather than its size.",
    },
    "5": {
      short:
        "You bring big-hearted enthusiasm to play, love and creativity, and you often find joy and warm company through generous self-expression.",
      long: "Celebration, games, theatre and romance may delight you, and children or students can bring you great happiness. Your creative projects often grow beyond what you first imagined. The risk is overindulgence, or betting too much on a hunch. Keeping a little structure around your pleasures helps them stay delightful rather than excessive.",
    },
    "6": {
      short:
        "You find growth through meaningful work and helpful routines, and you tend to bring optimism and goodwill to your daily tasks.",
      long: "Colleagues may appreciate your encouraging attitude, and work that lets you teach or help others can feel rewarding. You tend to thrive with some variety and room to improve in your job. The snag is agreeing to too many commitments, or indulging habits that feel good only in the moment. Pruning your task list and routines every few months keeps your generosity sustainable.",
    },
    "7": {
      short:
        "You tend to grow through partnership, and generous, wise or worldly partners can open doors and broaden your outlook.",
      long: "You may attract relationships that bring opportunity, whether through a partner's connections, a fruitful collaboration or a shared philosophy. You are likely to be fair-minded and forgiving. The trap is expecting a partner to provide your meaning, or overlooking problems out of hope. Being clear about what each of you contributes keeps your relationships generous and balanced.",
    },
    "8": {
      short:
        "You find growth through deep bonds, shared resources and life's turning points, and you often emerge from hard times wiser and more resilient.",
      long: "You may benefit from the support of others, whether through partnerships, family legacies or joint ventures, and you tend to meet crises with faith. Psychology, research and subjects others avoid can fascinate you. The pitfall is overreaching in shared finances or in emotional intensity. Keeping agreements clear and realistic lets your gift for renewal and deep trust flourish.",
    },
    "9": {
      short:
        "You thrive on exploration, and travel, study, faith and big ideas tend to bring you both joy and opportunity.",
      long: "You may feel at home in universities, foreign countries or spiritual communities, and you can be a natural teacher or guide. Your optimism is rooted in a sense of meaning. The risk is dogmatism, restlessness or believing your view is the only right one. Staying curious about people who think differently keeps your worldview growing rather than hardening.",
    },
    "10": {
      short:
        "You tend to grow through public life and career, and your generosity and vision can lead to respect and opportunity.",
      long: "Roles in teaching, law, publishing, travel or leadership may draw you, and people often see you as capable and inspiring. Advancement can come through your reputation for fairness. The snag is overconfidence, or taking on more responsibility than you can carry well. Choosing goals that fit your values keeps your success meaningful as well as visible.",
    },
    "11": {
      short:
        "You find joy and opportunity in friendship, and generous groups, networks and shared ideals help your hopes take shape.",
      long: "You may have a large or varied circle of friends and enjoy introducing people to one another. Community projects and humanitarian causes can inspire you deeply. The trap is saying yes to every invitation, or expecting friends to carry your dreams for you. Being selective about the commitments you keep lets your social generosity stay joyful and effective.",
    },
    "12": {
      short:
        "You find a quiet kind of faith in solitude, and compassion, reflection and unseen service often bring unexpected grace into your life.",
      long: "You may have a rich inner life, with a sense of being protected or guided through difficult times. Spiritual practice, charity work or retreats can be deeply rewarding. The pitfall is escaping into fantasy, or giving away so much that you neglect your own needs. Regular quiet time and clear boundaries help your generosity stay both kind and sustainable.",
    },
  },
  saturn: {
    "1": {
      short:
        "You present yourself with seriousness and care, and you tend to earn respect slowly through reliability, patience and self-discipline.",
      long: "You may have felt older than your years when young, and you often approach new situations cautiously, watching before you act. Over time your self-control becomes a genuine source of strength and quiet authority. The risk is harsh self-judgement, or holding back until you feel completely ready. Taking small, steady risks to show yourself lets your confidence grow into something others trust.",
    },
    "2": {
      short:
        "You take resources seriously, and you tend to build security slowly through hard work, careful planning and practical, well-earned skills.",
      long: "You may have met scarcity or money worries early, which can make you frugal and thoughtful about every purchase. Over time you can become very good at saving and managing what you have. The snag is fearing loss so much that you cannot enjoy your resources, or underrating what your skills are worth. Pausing now and then to take stock of what you have built balances caution with satisfaction.",
    },
    "3": {
      short:
        "You think carefully and speak deliberately, and your learning tends to deepen slowly into real mastery and trustworthy communication.",
      long: "You may have found school or early self-expression hard going, or felt responsible for a sibling, and this taught you patience. You often prefer precise words to quick chatter. The trap is self-censorship, or worrying that your ideas are not good enough to share. Writing or speaking regularly, even imperfectly, helps you develop the authoritative voice you are capable of.",
    },
    "4": {
      short:
        "You take home and family seriously, and you often work hard to build the stable foundations you may have lacked early on.",
      long: "Your upbringing may have involved duties, rules or emotional reserve, and you might carry those lessons into adult life. With time and effort you can create a secure, well-run home that others rely on. The pitfall is keeping loved ones at arm's length, or feeling you must earn your place in your own household. Letting yourself relax and be looked after at home gradually softens old patterns.",
    },
    "5": {
      short:
        "You approach play, romance and creativity with care, and your talents tend to mature slowly into something disciplined and lasting.",
      long: "You may have felt shy about expressing yourself or taking risks in love when young. With time you often develop real craft, whether in art, performance or guiding young people. The risk is treating fun as frivolous, or fearing judgement so much that you do not begin at all. Scheduling regular time for pure enjoyment gives your creativity room to flourish.",
    },
    "6": {
      short:
        "You are a conscientious, reliable worker, and you tend to build efficient routines that support steady effort over the long haul.",
      long: "You feel a strong duty to do things properly, and colleagues may respect you for your competence and thoroughness. Structure in daily life helps you feel in control. The snag is overwork, rigid habits or worrying excessively about getting every detail right. Remembering that good work includes rest, and that small imperfections are acceptable, keeps your dedication sustainable.",
    },
    "7": {
      short:
        "You take partnerships seriously, and you tend to seek committed, reliable relationships that grow stronger through shared responsibility and time.",
      long: "You may be cautious about commitment, or drawn to partners who are older, more established or more serious than you. Relationships often teach you important lessons about trust, boundaries and fairness. The trap is holding back for fear of rejection, or choosing duty over warmth. Allowing trust to build at its own pace, while sharing your feelings openly, creates bonds that endure.",
    },
    "8": {
      short:
        "You approach intimacy and shared resources cautiously, and you tend to build trust slowly, valuing loyalty and careful agreements.",
      long: "You may feel a strong need for control wherever vulnerability or joint money is involved, and letting someone fully in can take years. Experiences of loss or hardship often teach you remarkable resilience. The pitfall is guarding yourself so tightly that closeness feels like a burden. Clear agreements, honoured on both sides, give you the safety to open up one layer at a time.",
    },
    "9": {
      short:
        "You approach beliefs, travel and higher learning seriously, and your worldview tends to develop slowly into a well-tested personal philosophy.",
      long: "You may be drawn to rigorous study, traditional knowledge or careers in teaching, law or scholarship. Faith and meaning are things you tend to earn through experience rather than accept on trust. The risk is clinging to rigid beliefs or avoiding unfamiliar places out of caution. Taking structured steps into new ideas, such as a planned course or a well-prepared trip, lets your wisdom widen.",
    },
    "10": {
      short:
        "You are ambitious and responsible in your career, and you tend to build your reputation slowly through hard work and integrity.",
      long: "You may feel a strong sense of duty toward your public role, and recognition often arrives after years of sustained effort. You are capable of authority, long-range planning and carrying weight for others. The snag is fearing failure, or defining yourself entirely by achievement. Marking your progress along the way, rather than waiting for the summit, keeps you motivated and human.",
    },
    "11": {
      short:
        "You take friendships and group commitments seriously, and you tend to value a few reliable allies over a large, casual circle.",
      long: "You may feel cautious in groups or find yourself holding responsibility within clubs and organisations. Friendships often deepen slowly, becoming lasting bonds that survive long gaps. The trap is loneliness, or a belief that you must earn your welcome. Turning up regularly to one group that shares your goals lets belonging grow through simple familiarity.",
    },
    "12": {
      short:
        "You carry a quiet sense of responsibility, and solitude, reflection and disciplined inner work can gradually strengthen your inner foundations.",
      long: "You may hold private fears that others do not see, or feel a duty to serve without recognition. Time alone can be surprisingly productive for you, especially for patient study or craft. The pitfall is isolation, or a harsh inner critic that speaks loudest in quiet moments. Gentle routines of reflection, shared now and then with someone you trust, help turn private worries into strength.",
    },
  },
  uranus: {
    "1": {
      short:
        "You come across as original and independent, and people may notice something unconventional or surprising in your manner from the start.",
      long: "You tend to resist fitting in and may reinvent your look or approach several times over the years. Freedom to act on your own terms matters enormously to you. The risk is rebelling by reflex, or startling people with abrupt changes of direction. When you feel the urge to break away, ask what you are moving toward, and your independence will look like vision rather than restlessness.",
    },
    "2": {
      short:
        "Your income and values may follow unusual paths, and you often earn through inventive skills, technology or independent work.",
      long: "Your finances may go through unexpected shifts, and you are often quick to spot new ways of earning. You may value freedom more than possessions and be happy to live lightly. The snag is ignoring practical planning because routine feels stifling. A modest cash buffer and a flexible budget let you enjoy your independence without being thrown by surprises.",
    },
    "3": {
      short:
        "Your mind jumps to new ideas in flashes, and you think, speak and learn in original ways that can surprise the people around you.",
      long: "Technology, science or unusual subjects may draw you, and your conversations often leap between topics. Neighbourhood life or sibling relationships may be unpredictable or unconventional. The trap is impatience with slower thinkers, or interrupting before others finish. Letting your brilliant hunches sit for a day before announcing them gives people time to catch up.",
    },
    "4": {
      short:
        "Your home life may be unconventional or changeable, and you need freedom and space to be yourself even among family.",
      long: "You may have moved often, grown up in an unusual household or felt like the odd one out among relatives. As an adult, you might prefer flexible living arrangements or a home full of gadgets and experiments. The pitfall is moving on before you have stayed anywhere long enough to put down roots. Creating a few steady rituals, wherever you live, gives you a base to return to.",
    },
    "5": {
      short:
        "You express yourself in original, surprising ways, and your creativity, romances and hobbies often break from the usual script.",
      long: "Experimental art, unusual pastimes or relationships that begin suddenly and feel electric may all appeal to you. You might approach parenting or mentoring in unconventional ways, encouraging independence in young people. The risk is losing interest once the excitement fades. Giving your projects enough freedom to evolve keeps them alive without needing a constant stream of novelty.",
    },
    "6": {
      short:
        "You work best with freedom and variety, and you may bring inventive methods, technology or unusual hours to your daily routine.",
      long: "Rigid schedules can feel suffocating, so freelance work, flexible arrangements or roles involving innovation may suit you. You are good at spotting smarter ways to handle routine tasks. The snag is erratic habits, or clashing with workplace rules. Experimenting with your routine until you find a rhythm that feels like your own helps you stay consistent without feeling confined.",
    },
    "7": {
      short:
        "You need freedom within partnership, and you are often drawn to independent, unusual or exciting people who keep you on your toes.",
      long: "Relationships may begin or change suddenly, and you tend to value space and friendship within commitment. Unconventional arrangements can suit you well. The trap is choosing partners who cannot commit, or leaving when closeness becomes demanding. Talking openly about the kind of freedom each of you needs helps your partnerships stay both exciting and stable.",
    },
    "8": {
      short:
        "You experience intimacy and shared resources in unexpected ways, and sudden insights or changes can reshape your life at a deep level.",
      long: "Psychology, research or unconventional approaches to money and power may fascinate you. Close bonds can bring breakthroughs but also upheaval. The pitfall is detaching emotionally whenever closeness feels overwhelming. Staying present through change, and saying plainly that you need some space, helps you turn disruption into growth.",
    },
    "9": {
      short:
        "You seek freedom of thought, and unconventional beliefs, unusual travel and experimental study tend to broaden your outlook.",
      long: "You may question traditional teachings and be drawn to alternative philosophies or cutting-edge knowledge. Sudden trips or changes in plans can lead to important discoveries. The risk is rejecting ideas simply because they are conventional. Testing new beliefs against real experience helps you build a worldview that is truly your own.",
    },
    "10": {
      short:
        "Your career path may be unconventional, and you often seek work that allows innovation, independence or a role as a change-maker.",
      long: "You may change direction several times or be known for doing things differently. Technology, science or reform-minded fields can suit you. The snag is clashing with authority or resisting every structure on principle. Choosing workplaces that value creativity, and giving yourself time to build expertise, helps your originality lead to lasting achievement.",
    },
    "11": {
      short:
        "You thrive among like-minded friends and progressive groups, and you are often drawn to causes that aim to change society.",
      long: "Your friendships may be diverse and unconventional, and you might meet people through online communities or shared interests. You bring fresh ideas to group projects. The trap is keeping people at a distance, or leaving groups abruptly when they disappoint you. Investing in a few lasting connections balances your independence with a sense of belonging.",
    },
    "12": {
      short:
        "Your originality may work quietly in the background, and sudden insights often come to you through solitude, dreams or reflective practice.",
      long: "You might feel different inside without showing it, and you may have hidden talents or unusual inner experiences that few people know about. Time alone can spark real breakthroughs. The pitfall is restlessness or unpredictable moods when your inner life has no outlet. Gentle routines of reflection and a creative channel help you integrate your insights and share them.",
    },
  },
  neptune: {
    "1": {
      short:
        "You come across as gentle, dreamy or hard to pin down, and people often project their own hopes onto your receptive presence.",
      long: "You can absorb the atmosphere of any place you enter and shift your manner to match, which makes you sympathetic and artistic. Others may see you differently from how you see yourself. The risk is losing track of your own preferences while reflecting everyone else's. Naming three things you like or want each morning may sound small, but it keeps your outline clear.",
    },
    "2": {
      short:
        "You value meaning over money, and you may earn through art, music, care or inspiration while finding material details hard to hold.",
      long: "Possessions matter to you mainly for the feelings they carry, and you can be generous to the point of forgetting your own needs. Income may flow in irregular tides. The snag is vagueness about budgets or trusting the wrong person with your resources. A weekly glance at your accounts, done gently and without judgement, keeps your ideals from drifting into confusion.",
    },
    "3": {
      short:
        "Your mind is poetic and intuitive, and you often sense the meaning behind words before the words themselves have been spoken.",
      long: "You may think in images, music or metaphor, and storytelling can come naturally. Everyday messages, though, can go astray, and plans with siblings or neighbours may blur. The trap is daydreaming through details, or hearing what you hoped rather than what was said. Confirming arrangements in writing lets your imagination roam freely without leaving practical gaps behind.",
    },
    "4": {
      short:
        "You long for a home that feels like a sanctuary, and family life may carry a sense of mystery, idealism or unspoken feeling.",
      long: "You may be drawn to living near water, filling your space with art or music, or making a haven for others. Family roles can be blurred, and you might idealise your roots or sense secrets beneath the surface. The pitfall is using home as a place to hide from difficulty. Clear, kind agreements about who does what keep your sanctuary calm rather than confused.",
    },
    "5": {
      short:
        "Your creativity and romance are imaginative and idealistic, and you may pour great feeling into art, film, music or a beloved person.",
      long: "You can fall in love with potential and find inspiration almost anywhere, and young people may respond to your gentle playfulness. Performing, painting or writing can channel your feelings beautifully. The risk is romantic disappointment when someone turns out to be ordinary. Letting time show you who people really are allows your devotion to land on those who can return it.",
    },
    "6": {
      short:
        "You bring compassion and imagination to daily work, and you may feel called to help, heal or create rather than follow strict routines.",
      long: "Caring roles, the arts or quietly serving a cause can give your work real meaning. You are sensitive to your surroundings, so a noisy or tense workplace can drain you quickly. The snag is vague job boundaries, taking on others' tasks out of sympathy, or letting routines dissolve. A simple daily rhythm and a clear description of your role protect both your energy and your kindness.",
    },
    "7": {
      short:
        "You seek a soulful partnership, and you may be drawn to artistic, spiritual or vulnerable people whom you long to inspire or rescue.",
      long: "You can give tremendous compassion and imagination to the people you pair with, and creative or spiritual collaborations may flourish. Seeing a partner clearly can be harder than loving them. The trap is idealising someone, overlooking warning signs or drifting into a rescuer role. Asking direct questions and listening to the answers keeps your tenderness grounded in who your partner actually is.",
    },
    "8": {
      short:
        "You merge deeply with those you love, and intimacy, shared resources and life's mysteries can stir both profound insight and confusion.",
      long: "You may sense what others feel or hide, and subjects such as dreams, loss and the unseen can fascinate you. In close bonds you can lose track of where you end and the other person begins. The pitfall is blurred agreements over joint money or emotional debts. Putting shared arrangements in writing lets you enjoy deep connection without being swept away.",
    },
    "9": {
      short:
        "You search for transcendent meaning, and spiritual study, pilgrimage, art or travel to places of beauty can feel like coming home.",
      long: "You may be drawn to mysticism, poetry, faith traditions or any teaching that speaks to the heart as well as the mind. Journeys abroad can feel dreamlike and deeply moving. The risk is placing too much trust in a guru or belief without testing it. Comparing what a teaching promises with how its followers actually live helps you keep your idealism wise.",
    },
    "10": {
      short:
        "Your public image can carry an artistic, compassionate or elusive quality, and you may be drawn to vocations that serve an ideal.",
      long: "The arts, film, music, care work or charitable roles may call to you, and others may see you as inspiring. Your career direction can feel unclear at times, shifting as your ideals evolve. The snag is letting others define your image, or drifting without concrete goals. Setting one practical milestone at a time gives your vision a path the world can follow.",
    },
    "11": {
      short:
        "You dream of a kinder world, and you often find kindred spirits in idealistic, creative or charitable groups and friendships.",
      long: "You may be drawn to communities gathered around art, spirituality or compassion, and friends often sense your gentle support. Hopes for the future can be beautiful yet hard to define. The trap is idealising friends and then feeling let down, or giving more to a group than it gives back. Seeing people as they are, with affection, keeps your friendships genuine.",
    },
    "12": {
      short:
        "You are deeply sensitive to the unseen, and solitude, meditation, art or compassionate service can nourish your inner life profoundly.",
      long: "You may have vivid dreams, a rich imagination and a strong sense of connection with something larger than yourself. Retreat feels natural and restorative. The pitfall is escaping into fantasy, distraction or other people's troubles when life feels harsh. A grounding routine, such as regular walks, journalling or simple chores, helps you bring your insights back into daily life.",
    },
  },
  pluto: {
    "1": {
      short:
        "You have an intense, magnetic presence, and people often sense your depth and strength of will before you say a word.",
      long: "You tend to reveal yourself slowly, watching carefully before you act, and you may reinvent yourself completely more than once. Others can find you compelling or intimidating. The risk is trying to control how you are seen, or holding back out of fear of exposure. Showing a softer side, a little at a time, lets your strength feel protective rather than guarded.",
    },
    "2": {
      short:
        "Your relationship with resources runs deep, and you may rebuild your finances or values from the ground up more than once.",
      long: "You can be highly resourceful, able to turn little into a lot through focus and strategy. Money and possessions may carry strong emotional weight, tied to security or power. The snag is possessiveness, or swinging between all-or-nothing attitudes to spending. Giving something away freely now and then reminds you that your true worth does not depend on what you hold.",
    },
    "3": {
      short:
        "Your mind is penetrating and investigative, and your words can carry unusual weight, reaching straight to the heart of a matter.",
      long: "You may be drawn to research, detective work, persuasive writing or uncovering what others miss. Sibling or neighbourhood relationships can be intense and formative. The trap is obsessive thinking or using words to wound or manipulate when you feel threatened. Speaking plainly about what you want lets your powerful mind build understanding rather than suspicion.",
    },
    "4": {
      short:
        "Your roots run deep and intense, and family history or private life may be a place of both great strength and profound change.",
      long: "You may carry strong memories of early life, and family secrets or powerful dynamics can shape you. Your home may go through major transformations over the years. The pitfall is trying to control everything under your roof. Exploring your family story honestly, and letting go of patterns that no longer serve you, allows your home to become a source of renewal.",
    },
    "5": {
      short:
        "You create and love with passion, and your hobbies, romances and projects can become all-consuming experiences of personal transformation.",
      long: "Art, performance or romance may carry high stakes for you, and you pour yourself into what you care about. Time with young people can stir your protective instincts strongly. The risk is jealousy, possessiveness or controlling the outcome of creative work. Allowing people and projects to develop in their own way keeps your passion generous and alive.",
    },
    "6": {
      short:
        "You work with intensity and focus, and you often feel driven to transform how tasks are done or to master a demanding skill.",
      long: "You can be a tireless worker who digs deep into problems and reforms inefficient systems. Daily routines may go through complete overhauls at turning points in your life. The snag is obsessive control over details or power struggles with colleagues. Delegating some tasks, and accepting that others work differently, frees your energy for the changes that matter most.",
    },
    "7": {
      short:
        "Your partnerships are intense and transformative, and close relationships often bring powerful lessons about trust, power and equality.",
      long: "You may attract strong-willed partners or find that relationships change you profoundly. Business and personal partnerships can involve high stakes. The trap is power struggles, jealousy or controlling dynamics on either side. Building equality deliberately, with open discussion about decisions, lets your relationships become a source of mutual strength.",
    },
    "8": {
      short:
        "You are comfortable with depth, and intimacy, shared resources and crises can become powerful catalysts for your own renewal.",
      long: "Psychology, research, investigation or managing other people's resources may suit your focused nature. You often handle emergencies calmly and can help others through hard transitions. The pitfall is secrecy or holding on to control in close bonds. Letting trusted people see your vulnerability allows your strength to be shared rather than guarded.",
    },
    "9": {
      short:
        "Your beliefs are deeply felt and can change radically, and travel, study or philosophy may transform your entire outlook.",
      long: "Religion, politics, psychology or any subject that probes the foundations of meaning may grip you, and a single journey or course of study can mark a turning point. You are capable of profound conviction and of changing your mind completely. The risk is fanaticism, or trying to convert everyone you meet. Holding your convictions with humility, and staying curious about opposing views, keeps your search for truth honest.",
    },
    "10": {
      short:
        "You seek influence and meaningful impact in your career, and your public life may involve powerful transformations and responsibilities.",
      long: "You can be ambitious and strategic, and you may rise to positions of authority or take on work with high stakes, such as crisis management, research or reform. Your reputation may go through dramatic reinventions over the years. The snag is power struggles with bosses or institutions, or using your position to control others. Anchoring your ambition in a purpose you can defend openly makes your influence trustworthy.",
    },
    "11": {
      short:
        "You are drawn to groups and causes that seek deep change, and your friendships can be intense, loyal and transformative.",
      long: "You may work quietly to shape a community or movement, and important friends often arrive at turning points in your life. You can read the hidden politics of any group within minutes. The trap is steering the group from behind the scenes, or cutting people off abruptly when trust is broken. Sharing power openly and saying what you want out loud keeps your social influence constructive.",
    },
    "12": {
      short:
        "Your depths are private and powerful, and solitude, reflection and inner work can uncover strengths you may not know you have.",
      long: "You may sense hidden forces in yourself and others, and you can be drawn to study the unconscious, the mysterious or the forgotten. Periods of retreat often bring profound renewal. The pitfall is burying fears or resentments until they steer you from the shadows. Journalling, reflective practice or talking with a trusted listener helps bring buried material into the light, where it loses much of its grip.",
    },
  },
  node: {
    "1": {
      short:
        "Your path of growth leads toward self-direction: trusting your own instincts and acting without waiting for anyone's permission.",
      long: "Fitting in with others and keeping the peace may come so easily that you lose sight of what you want for yourself. Your growth lies in taking initiative, making decisions alone and letting people meet the real you. Acting first can feel selfish at the start, yet it is usually just honest. Try planning one day a month entirely your own way, and notice how your confidence steadies.",
    },
    "2": {
      short:
        "Your path of growth leads toward self-reliance, building resources of your own and discovering what you personally value and enjoy.",
      long: "Intense bonds, shared money and emotional crises may feel oddly familiar, and you might lean on other people's resources or dramas more than you realise. Growth comes from developing your own skills, earning your own way and savouring simple, steady pleasures. The pull back toward complication can be strong. A practical step toward independence, such as a savings habit or a paid skill, builds ground you can stand on.",
    },
    "3": {
      short:
        "Your path of growth leads toward curiosity and everyday exchange, learning to listen, ask questions and explain ideas in plain words.",
      long: "Big philosophies and sweeping conclusions may come to you easily, and you might prefer telling people the truth to hearing their version of it. Growth comes through neighbours, siblings, short trips and the humble work of checking details. Certainty can make you a poor listener. Asking one genuine question in each conversation, and staying with the answer, balances your wisdom with fresh information.",
    },
    "4": {
      short:
        "Your path of growth leads toward home, family and emotional roots, learning to nurture yourself and others in private life.",
      long: "Public goals, duties and reputation may feel like familiar territory, and you might pour yourself into work while feelings wait their turn. Growth comes from building a secure home, honouring family ties and paying attention to your inner world. Achievement alone can leave you oddly hungry. Protecting regular evenings for the people you love, and letting yourself be looked after, brings the belonging you seek.",
    },
    "5": {
      short:
        "Your path of growth leads toward joy, creativity and heartfelt self-expression, learning to take personal risks and play without apology.",
      long: "Groups, causes and cool detachment may feel comfortable, and you might hide your own wishes behind what the collective wants. Growth comes from stepping forward, expressing feelings openly and making something that is unmistakably yours. Being seen can feel exposing at first. Taking up a hobby purely for pleasure, or planning a playful outing with someone you love, helps you rediscover spontaneity.",
    },
    "6": {
      short:
        "Your path of growth leads toward practical service and steady daily routines, grounding your ideals and compassion in useful, concrete action.",
      long: "Retreat, daydreams and vague longing may feel like home, and you might drift away from practical tasks when life gets messy. Growth comes from keeping good habits, finishing work carefully and helping people in tangible ways. Escaping into the big picture is tempting whenever details pile up. A short daily list of small tasks you can tick off gives your sensitivity a reliable channel.",
    },
    "7": {
      short:
        "Your path of growth leads toward partnership and cooperation, learning to share decisions, listen closely and value another person's view.",
      long: "Independence may be your default, and you might prefer to handle everything yourself rather than risk depending on anyone. Growth comes from collaboration, compromise and real interest in what another person needs. Going it alone can look like strength while keeping you lonely. Asking for input before a decision, and keeping the agreements you make, lets relationships become a source of support rather than a threat.",
    },
    "8": {
      short:
        "Your path of growth leads toward deep intimacy and shared resources, learning to trust, let go and allow yourself to be changed.",
      long: "Comfort, routine and self-sufficiency may feel safe, and you might hold tightly to what you own or to how things have been. Growth comes from opening up emotionally, pooling resources and welcoming change instead of resisting it. Stubbornness can disguise itself as stability. Accepting help, or facing one fear alongside someone you trust, can reveal a strength you did not know you had.",
    },
    "9": {
      short:
        "Your path of growth leads toward meaning and the bigger picture, learning to trust your intuition, travel widely and commit to beliefs.",
      long: "Collecting facts, opinions and news may come easily, and you might keep gathering information to avoid drawing a conclusion. Growth comes from travel, higher learning and shaping a philosophy you are willing to live by. Endless options can feel safer than conviction. Choosing one question that truly matters to you, and following it through study or a journey, turns knowledge into wisdom.",
    },
    "10": {
      short:
        "Your path of growth leads toward public responsibility and a calling, learning to set goals and step into a visible role.",
      long: "Home, family and emotional comfort may feel familiar, and you might shy away from exposure or ambition. Growth comes from taking on responsibility, pursuing a vocation and offering your abilities to the wider world. Staying in the nest can feel safe while leaving you restless. Setting one professional goal and working on it each week builds faith in your capacity to lead.",
    },
    "11": {
      short:
        "Your path of growth leads toward community and shared purpose, learning to collaborate with others and work toward a common future.",
      long: "Personal recognition and centre-stage creativity may feel natural, and you might wait for applause before joining in. Growth comes from friendship, teamwork and causes larger than your own story. Letting others share the credit can feel like a loss at first. Volunteering or working on a group project shows you the quieter joy of achievements that belong to everyone.",
    },
    "12": {
      short:
        "Your path of growth leads toward solitude, compassion and inner trust, learning to loosen control and rest in something larger than yourself.",
      long: "Busy schedules, analysis and practical fixes may be your comfort zone, and you might cling to lists when life feels uncertain. Growth comes from quiet reflection, spiritual or creative practice and service offered without keeping score. Stillness can feel unproductive at first. Setting aside unstructured time for music, nature or simply sitting helps you connect with a deeper sense of meaning.",
    },
  },
};

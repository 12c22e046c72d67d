import type { Corpus } from "../types.ts";

/** What a chart with much, or very little, of each element means (English). */
export const ELEMENTS: Corpus["elements"] = {
  fire: {
    dominant: {
      short:
        "With fire emphasised, you run on enthusiasm and courage, and you tend to act first, inspire others and sort out the details later.",
      long: "Your energy is warm and forward-moving, so you are often the one who starts things, rallies people and lifts spirits when plans stall. Confidence and a sense of adventure come easily to you. The cost can be impatience, burnout or leaving others to tidy up after your bursts of activity. Scheduling rest as seriously as you schedule excitement helps your fire burn steadily instead of flaring and fading.",
    },
    lacking: {
      short:
        "With little fire, your spark may need deliberate kindling, and you might doubt your confidence even when you are perfectly capable.",
      long: "You tend to approach life thoughtfully, which spares you many rash mistakes but can leave you waiting for a motivation that does not arrive by itself. Highly enthusiastic people may inspire you one day and exhaust you the next. Your challenge is to act before you feel completely ready. Small bold gestures, such as offering an idea in a meeting or booking a short adventure, build the habit of self-belief.",
    },
  },
  earth: {
    dominant: {
      short:
        "With earth emphasised, you are practical, patient and grounded, and you like ideas best once they have become something real and useful.",
      long: "You tend to trust what you can see, touch and measure, and others rely on your common sense and steady follow-through. Building things slowly, whether savings, skills or a garden, suits you well. The downside is getting stuck in routines, or dismissing possibilities that cannot yet be proven. Setting aside a little time for daydreaming or an unplanned outing keeps your solid foundations from becoming a rut.",
    },
    lacking: {
      short:
        "With little earth, your ideas and feelings can outrun practical matters, and structure, budgets and bodily needs may take conscious effort.",
      long: "You may be rich in imagination or enthusiasm yet find that plans drift without a concrete next step. Bills, meals, sleep and tidy spaces can slip when something more interesting comes along. Treat this as a skill to learn rather than a flaw. Simple anchors, such as a weekly planning session, a checklist or working alongside a practical friend, help your visions take shape in the world.",
    },
  },
  air: {
    dominant: {
      short:
        "With air emphasised, you live largely in the world of ideas, conversation and connection, and you can view situations with cool, clear perspective.",
      long: "You are likely to be curious, sociable and quick to grasp how people and systems fit together. Talking things through, reading and swapping views keep you energised. The pitfall is staying in your head while feelings or physical needs go unnoticed, or analysing a problem instead of living through it. Checking in with your body and emotions a few times a day balances your bright intellect with warmth.",
    },
    lacking: {
      short:
        "With little air, you may find it harder to step back from a situation and describe it calmly, even when you understand it instinctively.",
      long: "You tend to act or feel first and explain later, which gives you sincerity and directness but can make detached discussion feel awkward. Abstract theories or small talk may seem pointless at times. Learning to put experience into words helps others understand you. Journalling, reading widely or asking a friend to talk a decision through with you builds the mental distance that makes choices easier.",
    },
  },
  water: {
    dominant: {
      short:
        "With water emphasised, you experience life through feeling and intuition, sensing moods and undercurrents that others may miss entirely.",
      long: "Empathy comes naturally, and people often confide in you because they feel understood. Your memory for emotional experiences can be strong, and art, music or caregiving may move you deeply. The risk is being swamped by other people's feelings, or letting moods steer big decisions. Clear boundaries, regular quiet time and a trusted way to release emotion help your sensitivity stay a gift rather than a burden.",
    },
    lacking: {
      short:
        "With little water, you may keep feelings at arm's length, solving problems logically while emotional needs wait quietly in the background.",
      long: "You can be calm and steady in a crisis, and others may see you as cool or self-contained. Yet understanding your own emotions, or responding to someone else's, can take more effort than you expect. Feelings that go unexamined tend to surface at awkward moments. Music, film, poetry or simply asking yourself what you feel at the end of each day can gently open this channel.",
    },
  },
};

/** What a chart with much, or very little, of each modality means (English). */
export const MODALITIES: Corpus["modalities"] = {
  cardinal: {
    dominant: {
      short:
        "With cardinal energy emphasised, you are an initiator, happiest when launching projects, tackling problems and setting things in motion.",
      long: "You tend to see what needs doing and act on it, often taking the lead before anyone else has decided. Fresh starts energise you, and you can be excellent in an emergency or at the beginning of a venture. The trouble comes later, when maintenance and follow-through feel dull. Pairing yourself with steady finishers, or setting a clear end point for each project, lets your initiative bear lasting fruit.",
    },
    lacking: {
      short:
        "With little cardinal energy, starting things may be your hardest step, and you might wait for a signal that does not come.",
      long: "You may be good at sustaining or adapting to situations once they exist, yet find it difficult to launch something from nothing. Opportunities can slip past while you are still preparing. Initiative is a muscle you can build. Breaking a goal into a tiny first action, and setting a deadline that someone else knows about, helps you move from intention to motion.",
    },
  },
  fixed: {
    dominant: {
      short:
        "With fixed energy emphasised, you are persistent, loyal and steady, able to see commitments through long after others have lost interest.",
      long: "Once you decide on something you tend to stay with it, which makes you reliable in relationships and formidable in long projects. People count on your consistency. The pitfall is stubbornness, resisting change even when it would help you, or holding on after something has run its course. Trying small experiments, such as a new route to work or a different method, keeps your determination flexible.",
    },
    lacking: {
      short:
        "With little fixed energy, sustaining effort can be your challenge, and you might start many things without staying long enough to finish them.",
      long: "You may be lively and adaptable, quick to begin or adjust, but your staying power can wane once the novelty fades. Commitments may feel confining, and your focus can drift toward the next idea. Consistency can be learned like any other skill. Routines that repeat at the same time each week, an accountability partner or a visible record of progress give your efforts the continuity they need.",
    },
  },
  mutable: {
    dominant: {
      short:
        "With mutable energy emphasised, you are flexible, curious and quick to adapt, comfortable moving between roles, ideas and changing circumstances.",
      long: "You can see many sides of a question and adjust your approach as situations evolve, which makes you a valuable problem-solver and go-between. Variety keeps you engaged. The downside is scattered attention, changing course too readily or struggling to commit. Choosing a few firm anchors, such as core values or a regular weekly rhythm, gives your adaptability a stable centre to return to.",
    },
    lacking: {
      short:
        "With little mutable energy, unexpected change can unsettle you, and adjusting plans midstream may take more effort than starting or finishing.",
      long: "You may prefer clear plans and steady commitments, which makes you purposeful and dependable. When circumstances shift, though, you might dig in or feel thrown off balance. Flexibility grows with practice. Building a little slack into your schedule, and asking yourself what alternative could also work, helps you meet surprises with more ease.",
    },
  },
};

import type { Corpus } from "../types.ts";

/** What it means when each planet rules the chart, as ruler of the ascendant's sign (English). */
export const CHART_RULER: Corpus["chartRuler"] = {
  sun: {
    short:
      "With the Sun ruling your chart, your life tends to revolve around self-expression, creativity and the wish to be fully, warmly yourself.",
    long: "Your approach to the world is tied to your sense of purpose, so you feel most alive when you can lead from the heart and be seen doing something you care about. Wherever the Sun sits in your chart is where you most need to shine. The trap is needing recognition to feel real. Generosity, play and creative projects keep your confidence bright without depending on applause.",
  },
  moon: {
    short:
      "When the Moon rules your chart, feelings, instincts and the need for belonging shape how you meet each new day and each new person.",
    long: "You respond to life emotionally, and your moods can tint your whole outlook, making you caring, receptive and protective of those you love. The Moon's position shows where you seek comfort and where your nurturing gifts come out most clearly. The pitfall is letting insecurity make your choices. Regular comforting rituals and a safe place to retreat help you meet the world with steadier confidence.",
  },
  mercury: {
    short:
      "With Mercury as the ruler of your chart, curiosity and communication lead the way, and you tend to meet life by asking, learning and connecting.",
    long: "Your mind is a central part of your identity, so conversation, reading, short journeys and problem-solving often shape your path. Mercury's position describes the subjects and settings that keep you most engaged. The risk is restlessness, or living so much in thought that action lags behind. Choosing a few skills to master, and finishing what you start, turns your versatility into genuine expertise.",
  },
  venus: {
    short:
      "When Venus rules your chart, relationships, beauty and a sense of balance shape your path, and you tend to lead with charm and grace.",
    long: "You are likely to seek harmony, pleasure and meaningful connection, and your values guide your choices more than you may realise. The position of Venus shows where you find delight and where support tends to reach you. The snag is avoiding conflict or shaping yourself to please others. Knowing what you love, and saying so clearly, helps you build a life that feels both lovely and truly yours.",
  },
  mars: {
    short:
      "With Mars ruling your chart, drive, courage and an appetite for challenge shape your life, and you tend to meet obstacles head-on.",
    long: "You are energised by action, competition and clear goals, and you often learn by doing rather than by planning. Where Mars sits shows where you push hardest and where friction is most likely to flare. The trap is impatience, or fighting battles that do not need fighting. Physical outlets and worthwhile targets help you direct your considerable energy toward what matters most.",
  },
  jupiter: {
    short:
      "When Jupiter rules your chart, growth, optimism and the search for meaning shape your path, and you tend to meet life with open arms.",
    long: "You are likely to be generous, curious and drawn to learning, travel or belief systems that widen your horizons. Jupiter's position points to where opportunities and teachers tend to appear for you. The pitfall is excess, whether in promises, spending or confidence. Balancing your hopeful outlook with practical follow-through lets your big ideas become real achievements.",
  },
  saturn: {
    short:
      "With Saturn as your chart ruler, responsibility, patience and steady effort shape your path, and your confidence often grows stronger with age.",
    long: "You may have taken life seriously from an early age, and you tend to build achievements slowly and solidly, one tested layer at a time. The position of Saturn shows where you face your toughest lessons and can develop real mastery. The risk is excessive self-criticism or a fear of failure that keeps you from trying. Noticing your progress, and allowing yourself moments of lightness, makes the long climb more rewarding.",
  },
  uranus: {
    short:
      "When Uranus rules your chart, independence, originality and a restless urge for change shape your path and often set you apart from the crowd.",
    long: "You may feel out of step with conventional expectations and prefer to find your own way, often through innovation, reform or unusual choices. Where Uranus sits shows where surprises and breakthroughs tend to arrive. The pitfall is rebelling for its own sake, or treating every commitment as a cage. Anchoring your freedom in clear principles lets your uniqueness become a real contribution.",
  },
  neptune: {
    short:
      "With Neptune ruling your chart, imagination, compassion and a longing for something beyond the everyday shape your path and colour how others see you.",
    long: "You may be intuitive, artistic and deeply sensitive to atmospheres, often picking up on what is left unspoken. The position of Neptune shows where you find inspiration and where confusion may creep in. The risk is losing your sense of self in others' needs, or in habits that help you escape. Creative practice, clear boundaries and grounding routines help your dreams take a form others can share.",
  },
  pluto: {
    short:
      "When Pluto rules your chart, intensity, depth and a capacity for profound change shape your path and the way you meet the world.",
    long: "You may approach life with great focus and a need to understand what lies beneath the surface, reinventing yourself after major turning points. Pluto's position shows where you confront questions of power, crisis and renewal. The pitfall is control, secrecy or all-or-nothing thinking. Honest self-reflection and a few deeply trusted relationships help your remarkable resilience become a source of strength for you and others.",
  },
};

import { useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { NewsArticleCard, NewsRelatedStories } from 'news-widgets/react';
import type { NewsClickEvent } from 'news-widgets/react';
import type { Story } from 'news-widgets';

const related: Story[] = [
  {
    title: 'New wave of Georgian soldiers sent for NATO Resolute Support mission in Afghanistan',
    url: '#resolute-support',
  },
  { title: 'NATO Days officially open in Georgia', url: '#nato-days' },
];

function App() {
  const [clicks, setClicks] = useState<string[]>([]);
  const [refTag, setRefTag] = useState('');
  const card = useRef<HTMLElementTagNameMap['news-article-card']>(null);
  useEffect(() => setRefTag(card.current?.localName ?? ''), []);
  const onNewsClick = (event: NewsClickEvent) =>
    setClicks((list) => [...list, `${event.detail.widget} ${event.detail.href}`]);
  return (
    <main>
      {/* The wrapper: typed props and events. */}
      <NewsArticleCard
        id="wrapped-card"
        headline="Jens Stoltenberg says Georgia greatly supports NATO by participating in its missions and operations"
        href="#lead"
        published="2018-04-27"
        layout="horizontal"
        onNewsClick={onNewsClick}
        ref={card}
      />
      <NewsRelatedStories id="wrapped-related" stories={related} limit={5} onNewsClick={onNewsClick} />
      {/* Plain tags, typed by news-widgets/jsx. */}
      <news-pull-quote id="plain-quote" author="Jens Stoltenberg" author-title="NATO Secretary General">
        Georgia is a very close partner of NATO.
      </news-pull-quote>
      <news-article-card
        id="plain-card"
        headline="NATO Days officially open in Georgia"
        href="#nato-days"
        layout="compact"
      />
      {/* Unknown enumeration values are type errors (each @ts-expect-error fails the check if not). */}
      {/* @ts-expect-error -- "diagonal" is not a layout. */}
      <news-article-card headline="Type error on purpose" layout="diagonal" hidden />
      {/* @ts-expect-error -- "loud" is not a variant. */}
      <news-pull-quote variant="loud" hidden />
      {/* @ts-expect-error -- "left" is not an align value (start/end follow the writing direction). */}
      <news-pull-quote align="left" hidden />
      {/* @ts-expect-error -- "sepia" is not a theme. */}
      <news-related-stories theme="sepia" hidden />
      {/* @ts-expect-error -- "carousel" is not a layout. */}
      <NewsRelatedStories layout="carousel" hidden />
      <output id="ref">{refTag}</output>
      <output id="clicks">{clicks.join('\n')}</output>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<App />);

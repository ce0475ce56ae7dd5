import type { WidgetData } from '@/lib/sidebar'
import { ArchivesWidget } from './ArchivesWidget'
import { CategoriesWidget } from './CategoriesWidget'
import { ProfileWidget } from './ProfileWidget'
import { RecentPostsWidget } from './RecentPostsWidget'
import { TagCloudWidget } from './TagCloudWidget'
import { TocWidget } from './TocWidget'

/** Renders one sidebar widget by its type. */
export function Widget({ widget }: { widget: WidgetData }) {
  switch (widget.type) {
    case 'profile':
      return <ProfileWidget {...widget} />
    case 'toc':
      return <TocWidget entries={widget.entries} />
    case 'recent_posts':
      return <RecentPostsWidget posts={widget.posts} />
    case 'categories':
      return <CategoriesWidget categories={widget.categories} />
    case 'tagcloud':
      return <TagCloudWidget tags={widget.tags} total={widget.total} />
    case 'archives':
      return <ArchivesWidget years={widget.years} />
  }
}

import { ActionIcon, Divider, Group, Tooltip } from '@mantine/core';
import {
  IconBold,
  IconColumnInsertRight,
  IconColumnRemove,
  IconH1,
  IconH2,
  IconH3,
  IconItalic,
  IconList,
  IconListNumbers,
  IconPilcrow,
  IconRowInsertBottom,
  IconRowRemove,
  IconTable,
  IconTableOff,
  IconUnderline,
} from '@tabler/icons-react';
import type { Editor } from '@tiptap/react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Tool {
  key: string;
  icon: ReactNode;
  /** What the key does (aria-keyshortcuts), when it has one. */
  keys?: string;
  run: (e: Editor) => void;
  active?: (e: Editor) => boolean;
  /** Table tools act only inside a table. */
  inTable?: boolean;
}

const S = 18;
const GROUPS: Tool[][] = [
  [
    { key: 'paragraph', icon: <IconPilcrow size={S} />, keys: 'Control+Alt+0', run: (e) => e.chain().focus().setParagraph().run(), active: (e) => e.isActive('paragraph') },
    { key: 'heading1', icon: <IconH1 size={S} />, keys: 'Control+Alt+1', run: (e) => e.chain().focus().toggleHeading({ level: 1 }).run(), active: (e) => e.isActive('heading', { level: 1 }) },
    { key: 'heading2', icon: <IconH2 size={S} />, keys: 'Control+Alt+2', run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run(), active: (e) => e.isActive('heading', { level: 2 }) },
    { key: 'heading3', icon: <IconH3 size={S} />, keys: 'Control+Alt+3', run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run(), active: (e) => e.isActive('heading', { level: 3 }) },
  ],
  [
    { key: 'bold', icon: <IconBold size={S} />, keys: 'Control+B', run: (e) => e.chain().focus().toggleBold().run(), active: (e) => e.isActive('bold') },
    { key: 'italic', icon: <IconItalic size={S} />, keys: 'Control+I', run: (e) => e.chain().focus().toggleItalic().run(), active: (e) => e.isActive('italic') },
    { key: 'underline', icon: <IconUnderline size={S} />, keys: 'Control+U', run: (e) => e.chain().focus().toggleUnderline().run(), active: (e) => e.isActive('underline') },
  ],
  [
    { key: 'bulletList', icon: <IconList size={S} />, keys: 'Control+Shift+8', run: (e) => e.chain().focus().toggleBulletList().run(), active: (e) => e.isActive('bulletList') },
    { key: 'orderedList', icon: <IconListNumbers size={S} />, keys: 'Control+Shift+7', run: (e) => e.chain().focus().toggleOrderedList().run(), active: (e) => e.isActive('orderedList') },
  ],
  [
    { key: 'insertTable', icon: <IconTable size={S} />, run: (e) => e.chain().focus().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run() },
    { key: 'addRow', icon: <IconRowInsertBottom size={S} />, run: (e) => e.chain().focus().addRowAfter().run(), inTable: true },
    { key: 'addColumn', icon: <IconColumnInsertRight size={S} />, run: (e) => e.chain().focus().addColumnAfter().run(), inTable: true },
    { key: 'deleteRow', icon: <IconRowRemove size={S} />, run: (e) => e.chain().focus().deleteRow().run(), inTable: true },
    { key: 'deleteColumn', icon: <IconColumnRemove size={S} />, run: (e) => e.chain().focus().deleteColumn().run(), inTable: true },
    { key: 'deleteTable', icon: <IconTableOff size={S} />, run: (e) => e.chain().focus().deleteTable().run(), inTable: true },
  ],
];

/** The minutes editor's toolbar: Vietnamese labels, the keyboard shortcut of each tool in its tooltip. */
export function EditorToolbar({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const inTable = editor.isActive('table');
  return (
    <Group gap={4} p={6} role="toolbar" aria-label={t('minutes.toolbar.label')} wrap="wrap">
      {GROUPS.map((group, i) => (
        <Group key={i} gap={2} wrap="nowrap">
          {i > 0 && <Divider orientation="vertical" mx={4} />}
          {group.map((tool) => {
            const label = t(`minutes.toolbar.${tool.key}`);
            const active = tool.active?.(editor) ?? false;
            return (
              <Tooltip key={tool.key} label={tool.keys ? `${label} (${tool.keys.replace('Control', 'Ctrl')})` : label} openDelay={400}>
                <ActionIcon
                  variant={active ? 'filled' : 'subtle'}
                  color={active ? 'blue' : 'gray'}
                  aria-label={label}
                  aria-pressed={tool.active ? active : undefined}
                  aria-keyshortcuts={tool.keys}
                  disabled={tool.inTable ? !inTable : false}
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => tool.run(editor)}
                >
                  {tool.icon}
                </ActionIcon>
              </Tooltip>
            );
          })}
        </Group>
      ))}
    </Group>
  );
}

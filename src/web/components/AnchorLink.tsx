import { Anchor, type AnchorProps } from '@mantine/core';
import { createLink, type LinkComponent } from '@tanstack/react-router';
import { forwardRef, type AnchorHTMLAttributes } from 'react';

type Props = AnchorProps & Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'color' | 'style'>;

const MantineAnchor = forwardRef<HTMLAnchorElement, Props>((props, ref) => <Anchor ref={ref} {...props} />);
MantineAnchor.displayName = 'MantineAnchor';

const Created = createLink(MantineAnchor);

/** A Mantine Anchor that is a typed TanStack Router link. */
export const AnchorLink: LinkComponent<typeof MantineAnchor> = (props) => <Created preload="intent" {...props} />;

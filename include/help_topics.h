/* help_topics.h — 'plandiff help TOPIC' for what is not a command. */
#ifndef PLANDIFF_HELP_TOPICS_H
#define PLANDIFF_HELP_TOPICS_H

/* The text of TOPIC ("manifest"), or NULL when there is no such topic. */
const char *pd_help_topic(const char *topic);

/* The topics' names, one line each, for the general help. */
const char *pd_help_topic_list(void);

#endif

-- One database per service, as in the local stack.
CREATE DATABASE kinerja_events;
CREATE DATABASE kinerja_query;

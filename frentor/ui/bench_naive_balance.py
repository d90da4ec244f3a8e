"""The naive baseline of the Balance screen, the way many Streamlit tutorials build it: load the whole ledger into
pandas on every rerun, group there, plot. Run only by `frentor bench` (through AppTest); the app never uses it."""

import pandas as pd
import plotly.express as px
import streamlit as st

from frentor.ui.store import current_store

store = current_store()
ledger = store.db.read_df("SELECT * FROM ledger_entries WHERE workspace = ?", [store.workspace])
people = store.db.read_df("SELECT id, name, role FROM people WHERE workspace = ?", [store.workspace])
ledger = ledger.merge(people, left_on="person_id", right_on="id", how="left", suffixes=("", "_person"))
ledger["month"] = pd.to_datetime(ledger["occurred_on"]).dt.to_period("M").dt.to_timestamp()
ledger["signed"] = ledger["points"].astype(float).where(ledger["direction"] == "gave", -ledger["points"].astype(float))
monthly = ledger.groupby(["month", "direction"], as_index=False)["points"].sum()
st.plotly_chart(px.bar(monthly, x="month", y="points", color="direction", barmode="group"))
per_person = ledger.groupby(["name", "month"], as_index=False)["signed"].sum().sort_values("month")
per_person["cumulative"] = per_person.groupby("name")["signed"].cumsum()
top = ledger.groupby("name")["signed"].sum().abs().nlargest(10).index
st.plotly_chart(px.line(per_person[per_person["name"].isin(top)], x="month", y="cumulative", color="name"))
imbalance = ledger.groupby("name", as_index=False)["signed"].sum()
imbalance = pd.concat([imbalance.nlargest(10, "signed"), imbalance.nsmallest(10, "signed")])
st.plotly_chart(px.bar(imbalance, x="signed", y="name", orientation="h"))
ledger["weekday"] = pd.to_datetime(ledger["occurred_on"]).dt.dayofweek
heat = ledger.groupby(["month", "weekday"], as_index=False).size()
st.plotly_chart(px.density_heatmap(heat, x="month", y="weekday", z="size"))
